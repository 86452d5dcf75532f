import { TARGET_METRICS, type TTarget, type TTargetMetric } from '@gongyeyun/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Checkbox,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { isApiError } from '../../api/api-error';
import { targetsApi } from '../../api/targets-api';
import { useTargetsI18n } from '../../i18n/targets-i18n';
import { describeError } from '../../shared/errors';
import { useShowError } from '../../shared/use-show-error';

type Kind = TTarget['kind'];

/** The kind, unit and comparator a metric's target usually has. */
const METRIC_DEFAULTS: Record<
  TTargetMetric,
  { kind: Kind; unit: string; comparator: TTarget['comparator'] }
> = {
  'indicator_level:output': { kind: 'level', unit: '万元', comparator: 'gte' },
  'indicator_growth:output': { kind: 'growth', unit: '%', comparator: 'gte' },
  'indicator_level:revenue': { kind: 'level', unit: '万元', comparator: 'gte' },
  'indicator_level:profit': { kind: 'level', unit: '万元', comparator: 'gte' },
  'indicator_level:tax': { kind: 'level', unit: '万元', comparator: 'gte' },
  new_scale: { kind: 'count', unit: '家', comparator: 'gte' },
  scale_exits: { kind: 'count', unit: '家', comparator: 'lte' },
  project_starts: { kind: 'count', unit: '个', comparator: 'gte' },
  project_completions: { kind: 'count', unit: '个', comparator: 'gte' },
  manual: { kind: 'level', unit: '', comparator: 'gte' },
};

const YEARS = [2020, 2021, 2022, 2023, 2024, 2025, 2026];

interface NewTargetValues {
  year: number;
  orgUnitId: number;
  metric: TTargetMetric;
  name: string;
  kind: Kind;
  goal: number;
  unit: string;
  level: TTarget['level'];
  comparator: TTarget['comparator'];
  firstEver: boolean;
}

/**
 * A target, part or actual changes the targets (awaited: the table shows it when the form
 * closes) and the live ranking (refreshed behind), never a published one.
 */
const invalidateTargets = async (queryClient: ReturnType<typeof useQueryClient>) => {
  void queryClient.invalidateQueries({ queryKey: ['targets', 'preview'] });
  await queryClient.invalidateQueries({ queryKey: ['targets', 'page'] });
};

/** The form behind 设定目标: a unit's goal on a metric for a year. */
export function NewTargetModal({
  year,
  units,
  onClose,
}: {
  year: number;
  units: { id: number; name: string }[];
  onClose: () => void;
}) {
  const { t } = useTargetsI18n();
  const k = t.targets;
  const [form] = Form.useForm<NewTargetValues>();
  const metric = Form.useWatch('metric', form);
  const showError = useShowError();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (v: NewTargetValues) => targetsApi.create({ ...v, parentId: null, profile: null }),
    onSuccess: async () => {
      void message.success(k.saved);
      await invalidateTargets(queryClient);
      onClose();
    },
    onError: (error) => showError(error, form),
  });
  const onMetric = (m: TTargetMetric) => {
    const d = METRIC_DEFAULTS[m];
    form.setFieldsValue({
      kind: d.kind,
      unit: d.unit,
      comparator: d.comparator,
      name: m === 'manual' ? '' : k.metrics[m],
    });
  };
  const required = [{ required: true, message: k.required }];
  return (
    <Modal
      open
      title={k.newTarget}
      okText={k.save}
      cancelText={k.cancel}
      confirmLoading={create.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ id: 'new-target-ok' }}
      destroyOnHidden
    >
      <Form<NewTargetValues>
        form={form}
        layout="vertical"
        data-testid="new-target-form"
        initialValues={{
          year,
          orgUnitId: units[0]?.id,
          level: 'must',
          firstEver: false,
          comparator: 'gte',
          kind: 'level',
        }}
        onFinish={(v) => create.mutate(v)}
      >
        <Space wrap>
          <Form.Item name="year" label={k.year} rules={required}>
            <Select
              style={{ width: 100 }}
              options={YEARS.map((y) => ({ value: y, label: String(y) }))}
            />
          </Form.Item>
          <Form.Item name="orgUnitId" label={k.orgUnit} rules={required}>
            <Select
              data-testid="new-target-unit"
              style={{ width: 160 }}
              options={units.map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
          <Form.Item name="metric" label={k.metric} rules={required}>
            <Select
              data-testid="new-target-metric"
              style={{ width: 220 }}
              virtual={false}
              onChange={onMetric}
              options={TARGET_METRICS.map((m) => ({ value: m, label: k.metrics[m] }))}
            />
          </Form.Item>
        </Space>
        <Form.Item name="name" label={k.name} rules={required}>
          <Input id="new-target-name" maxLength={100} />
        </Form.Item>
        {/* Set from the metric; chosen by hand only for a manual one. */}
        <Form.Item name="kind" label={k.kind} hidden={metric !== 'manual'}>
          <Select
            style={{ width: 100 }}
            options={(['level', 'count'] as const).map((v) => ({ value: v, label: k.kinds[v] }))}
          />
        </Form.Item>
        <Space wrap>
          <Form.Item name="comparator" label={k.comparator} rules={required}>
            <Select
              style={{ width: 130 }}
              options={(['gte', 'gt', 'lte'] as const).map((v) => ({
                value: v,
                label: k.comparators[v],
              }))}
            />
          </Form.Item>
          <Form.Item name="goal" label={k.goal} rules={required}>
            <InputNumber id="new-target-goal" style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="unit" label={k.measure} rules={required}>
            <Input id="new-target-measure" style={{ width: 100 }} maxLength={20} />
          </Form.Item>
          <Form.Item name="level" label={k.level}>
            <Select
              style={{ width: 100 }}
              options={(['must', 'strive'] as const).map((v) => ({ value: v, label: k.levels[v] }))}
            />
          </Form.Item>
        </Space>
        <Form.Item name="firstEver" valuePropName="checked">
          <Checkbox>{k.firstEverAsk}</Checkbox>
        </Form.Item>
      </Form>
      {create.error && (
        <Alert
          type="error"
          showIcon
          title={describeError(create.error, t)}
          data-testid="new-target-error"
        />
      )}
    </Modal>
  );
}

/**
 * 分解: a city target's parts for each county under it, pre-filled with the parts it has, the
 * sum checked against the goal as it is typed.
 */
export function SplitModal({
  target,
  parts,
  counties,
  onClose,
}: {
  target: TTarget;
  parts: TTarget[];
  counties: { id: number; name: string }[];
  onClose: () => void;
}) {
  const { t } = useTargetsI18n();
  const k = t.targets;
  const [form] = Form.useForm<{ goals: Record<string, number | null | undefined> }>();
  const goals = Form.useWatch('goals', form);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const existing = new Map(parts.map((p) => [p.orgUnitId, p.goal]));
  const save = useMutation({
    mutationFn: (body: { parts: { orgUnitId: number; goal: number }[] }) =>
      targetsApi.split(target.id, body),
    onSuccess: async () => {
      void message.success(k.saved);
      await invalidateTargets(queryClient);
      onClose();
    },
    onError: (error, body) => {
      // `parts.2.orgUnitId` → the input of the county sent third.
      if (isApiError(error))
        form.setFields(
          error.fields.flatMap((f) => {
            const at = /^parts\.(\d+)/.exec(f.field);
            const part = at ? body.parts[Number(at[1])] : undefined;
            return part ? [{ name: ['goals', String(part.orgUnitId)], errors: [f.message] }] : [];
          }),
        );
    },
  });
  const entered = counties.flatMap((c) => {
    const v = goals?.[String(c.id)];
    return typeof v === 'number' ? [v] : [];
  });
  const sum = entered.reduce((a, v) => a + v, 0);
  const state = Math.abs(sum - target.goal) < 1e-9 ? 'exact' : sum < target.goal ? 'short' : 'over';
  const missing = counties.filter((c) => typeof goals?.[String(c.id)] !== 'number');
  return (
    <Modal
      open
      title={k.splitTitle(`${target.orgUnitName} ${target.name}`)}
      okText={k.save}
      cancelText={k.cancel}
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ id: 'split-ok' }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{k.splitHint}</Typography.Paragraph>
      <Form
        form={form}
        layout="horizontal"
        labelCol={{ span: 8 }}
        data-testid="split-form"
        initialValues={{
          goals: Object.fromEntries(counties.map((c) => [String(c.id), existing.get(c.id)])),
        }}
        onFinish={(v) =>
          save.mutate({
            parts: counties.flatMap((c) => {
              const goal = v.goals[String(c.id)];
              return typeof goal === 'number' ? [{ orgUnitId: c.id, goal }] : [];
            }),
          })
        }
      >
        {counties.map((c) => (
          <Form.Item
            key={c.id}
            name={['goals', String(c.id)]}
            label={c.name}
            rules={
              existing.has(c.id)
                ? [{ required: true, message: k.cannotClear }]
                : [{ required: false }]
            }
          >
            <InputNumber
              data-testid={`split-${c.name}`}
              suffix={target.unit}
              style={{ width: 200 }}
            />
          </Form.Item>
        ))}
      </Form>
      <Flex vertical gap={4} data-testid="split-check">
        {target.kind !== 'growth' && (
          <Space>
            <Tag color={state === 'short' ? 'orange' : 'green'}>{k.splitStates[state]}</Tag>
            {k.splitSum(String(Math.round(sum * 1e6) / 1e6), String(target.goal))}
          </Space>
        )}
        {missing.length > 0 && (
          <Typography.Text type="secondary">
            {k.missing(missing.map((c) => c.name).join('、'))}
          </Typography.Text>
        )}
      </Flex>
      {save.error && (
        <Alert
          style={{ marginTop: 8 }}
          type="error"
          showIcon
          title={describeError(save.error, t)}
          data-testid="split-error"
        />
      )}
    </Modal>
  );
}

interface ActualValues {
  month: number;
  value: number;
  evidence: string;
}

/** 填报完成数 of a manual target: the month, the figure to date and its evidence. */
export function ActualModal({
  target,
  month,
  onClose,
}: {
  target: TTarget;
  month: number;
  onClose: () => void;
}) {
  const { t } = useTargetsI18n();
  const k = t.targets;
  const [form] = Form.useForm<ActualValues>();
  const showError = useShowError();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (v: ActualValues) => targetsApi.enterActual(target.id, v),
    onSuccess: async () => {
      void message.success(k.saved);
      await invalidateTargets(queryClient);
      onClose();
    },
    onError: (error) => showError(error, form),
  });
  const required = [{ required: true, message: k.required }];
  return (
    <Modal
      open
      title={k.actualTitle(`${target.orgUnitName} ${target.name}`)}
      okText={k.save}
      cancelText={k.cancel}
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ id: 'actual-ok' }}
      destroyOnHidden
    >
      <Form<ActualValues>
        form={form}
        layout="vertical"
        initialValues={{ month, value: target.progress.actual ?? undefined }}
        onFinish={(v) => save.mutate(v)}
      >
        <Space wrap>
          <Form.Item name="month" label={k.month} rules={required}>
            <Select
              style={{ width: 100 }}
              options={Array.from({ length: 12 }, (_, i) => ({
                value: i + 1,
                label: k.monthLabel(i + 1),
              }))}
            />
          </Form.Item>
          <Form.Item name="value" label={k.value} rules={required}>
            <InputNumber id="actual-value" suffix={target.unit} style={{ width: 200 }} />
          </Form.Item>
        </Space>
        <Form.Item
          name="evidence"
          label={k.evidence}
          rules={[...required, { min: 2, whitespace: true, message: k.evidenceTooShort }]}
        >
          <Input.TextArea id="actual-evidence" placeholder={k.evidenceHint} maxLength={500} />
        </Form.Item>
      </Form>
      {save.error && (
        <Alert
          type="error"
          showIcon
          title={describeError(save.error, t)}
          data-testid="actual-error"
        />
      )}
    </Modal>
  );
}
