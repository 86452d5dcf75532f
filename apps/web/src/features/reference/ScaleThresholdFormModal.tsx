import type { TScaleThreshold, TScaleThresholdInput } from '@gongyeyun/contract';
import type { ScaleCategory } from '@gongyeyun/core';
import { SCALE_CATEGORIES, SCALE_CATEGORY_LABELS } from '@gongyeyun/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { queryKeys } from '../../api/query-keys';
import { scaleThresholdsApi } from '../../api/reference-api';
import { useRegistryI18n } from '../../i18n/registry-i18n';
import { useShowError } from '../../shared/use-show-error';
import { IndustryClassTreeSelect } from './IndustryClassTreeSelect';

export type ScaleThresholdFormMode =
  { kind: 'create' } | { kind: 'edit'; threshold: TScaleThreshold };

type Combine = TScaleThreshold['combine'];

const COMBINES: readonly Combine[] = ['revenue', 'revenue_or_employees', 'qualification', 'all'];
const MONEY_PATTERN = /^\d{1,12}(\.\d{1,2})?$/;

interface ThresholdValues {
  category: ScaleCategory;
  fromYear: number;
  combine: Combine;
  revenueAtLeast?: string;
  employeesAtLeast?: number | null;
  industryCodes?: string[];
  note?: string;
}

const usesRevenue = (combine: Combine | undefined) =>
  combine === 'revenue' || combine === 'revenue_or_employees';

function toInput(values: ThresholdValues): TScaleThresholdInput {
  const codes = values.industryCodes ?? [];
  return {
    category: values.category,
    fromYear: values.fromYear,
    combine: values.combine,
    industryCodes: codes.length > 0 ? codes : null,
    revenueAtLeast: usesRevenue(values.combine) ? (values.revenueAtLeast?.trim() ?? null) : null,
    employeesAtLeast:
      values.combine === 'revenue_or_employees' ? (values.employeesAtLeast ?? null) : null,
    note: values.note?.trim() || null,
  };
}

/** A 四上 threshold: category, year from which it applies, criterion and amounts, industries. */
export function ScaleThresholdFormModal({
  mode,
  onClose,
}: {
  mode: ScaleThresholdFormMode | null;
  onClose: () => void;
}) {
  const { t, label } = useRegistryI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ThresholdValues>();
  const combine = Form.useWatch('combine', form);
  const r = t.reference;
  const editing = mode?.kind === 'edit' ? mode.threshold : null;

  const save = useMutation({
    mutationFn: (values: ThresholdValues) =>
      editing
        ? scaleThresholdsApi.update(editing.id, toInput(values))
        : scaleThresholdsApi.create(toInput(values)),
    onSuccess: async () => {
      void message.success(editing ? r.thresholdUpdated : r.thresholdCreated);
      onClose();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.scaleThresholds }),
        queryClient.invalidateQueries({ queryKey: queryKeys.audit.all }),
      ]);
    },
    onError: (error) => showError(error, form),
  });

  const initialValues: Partial<ThresholdValues> = editing
    ? {
        category: editing.category,
        fromYear: editing.fromYear,
        combine: editing.combine,
        revenueAtLeast: editing.revenueAtLeast ?? undefined,
        employeesAtLeast: editing.employeesAtLeast,
        industryCodes: editing.industryCodes ?? [],
        note: editing.note ?? undefined,
      }
    : { fromYear: new Date().getFullYear(), combine: 'revenue', industryCodes: [] };

  return (
    <Modal
      open={mode !== null}
      title={editing ? r.editThreshold : r.addThreshold}
      width={680}
      okText={t.common.save}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<ThresholdValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => save.mutate(values)}
        clearOnDestroy
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              label={r.category}
              name="category"
              rules={[{ required: true, message: r.categoryRequired }]}
            >
              <Select<ScaleCategory>
                options={SCALE_CATEGORIES.map((category) => ({
                  value: category,
                  label: label(SCALE_CATEGORY_LABELS[category]),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label={r.fromYear}
              name="fromYear"
              rules={[
                {
                  required: true,
                  type: 'integer',
                  min: 1990,
                  max: 2100,
                  message: r.fromYearRequired,
                },
              ]}
            >
              <InputNumber min={1990} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              label={r.combine}
              name="combine"
              rules={[{ required: true, message: r.combineRequired }]}
            >
              <Select<Combine>
                options={COMBINES.map((value) => ({ value, label: r.combines[value] }))}
              />
            </Form.Item>
          </Col>
          {usesRevenue(combine) && (
            <Col xs={24} md={12}>
              <Form.Item
                label={r.revenueAtLeast}
                name="revenueAtLeast"
                rules={[
                  { required: true, message: r.revenueRequired },
                  { pattern: MONEY_PATTERN, message: r.revenueRequired },
                ]}
              >
                <Input inputMode="decimal" maxLength={15} />
              </Form.Item>
            </Col>
          )}
          {combine === 'revenue_or_employees' && (
            <Col xs={24} md={12}>
              <Form.Item
                label={r.employeesAtLeast}
                name="employeesAtLeast"
                rules={[{ required: true, message: r.employeesRequired }]}
              >
                <InputNumber min={1} max={1_000_000} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          )}
          <Col xs={24}>
            <Form.Item label={r.industryScope} name="industryCodes" extra={r.industryScopeHint}>
              <IndustryClassTreeSelect<string[]> multiple allowClear aria-label={r.industryScope} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label={r.note} name="note">
              <Input.TextArea maxLength={200} showCount autoSize={{ minRows: 1, maxRows: 3 }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
