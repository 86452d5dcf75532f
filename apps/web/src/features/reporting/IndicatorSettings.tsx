import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { TIndicator, TIndicatorInput } from '@gongyeyun/contract';
import type { ScaleCategory } from '@gongyeyun/core';
import { INDICATOR_KINDS, SCALE_CATEGORIES, SCALE_CATEGORY_LABELS } from '@gongyeyun/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TableProps } from 'antd';
import {
  App,
  Button,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Switch,
  Table,
  Tag,
} from 'antd';
import { useState } from 'react';
import { queryKeys } from '../../api/query-keys';
import { reportingApi } from '../../api/reporting-api';
import { useReportingI18n } from '../../i18n/reporting-i18n';
import { LoadError } from '../../shared/LoadError';
import { useShowError } from '../../shared/use-show-error';
import { useIndicators } from './use-reporting';

interface IndicatorFormValues {
  code: string;
  nameZh: string;
  nameEn: string;
  unitZh: string;
  unitEn: string;
  kind: TIndicator['kind'];
  decimals: number;
  categories: ScaleCategory[];
  required: boolean;
  allowNegative: boolean;
  sortOrder: number;
  active: boolean;
}

type Editing = { kind: 'create' } | { kind: 'edit'; indicator: TIndicator } | null;

/** The indicators, inactive ones included; admins and analysts add and edit them. */
export function IndicatorSettings({ canEdit }: { canEdit: boolean }) {
  const { t, label } = useReportingI18n();
  const s = t.reportingSettings;
  const indicators = useIndicators();
  const [editing, setEditing] = useState<Editing>(null);
  const yesNo = (value: boolean) => (value ? s.yes : s.no);

  const columns: TableProps<TIndicator>['columns'] = [
    { title: s.code, dataIndex: 'code', render: (code: string) => <code>{code}</code> },
    { title: s.name, render: (_, i) => label(i.name) },
    { title: s.unit, render: (_, i) => label(i.unit) },
    { title: s.kind, render: (_, i) => s.kindShort[i.kind] },
    { title: s.decimals, dataIndex: 'decimals', align: 'right' },
    {
      title: s.categories,
      render: (_, i) => (
        <Space size={[0, 4]} wrap>
          {i.categories.map((c) => (
            <Tag key={c}>{label(SCALE_CATEGORY_LABELS[c])}</Tag>
          ))}
        </Space>
      ),
    },
    { title: s.required, render: (_, i) => yesNo(i.required) },
    { title: s.allowNegative, render: (_, i) => yesNo(i.allowNegative) },
    { title: s.sortOrder, dataIndex: 'sortOrder', align: 'right' },
    {
      title: s.active,
      render: (_, i) =>
        i.active ? <Tag color="green">{t.common.active}</Tag> : <Tag>{t.common.inactive}</Tag>,
    },
    ...(canEdit
      ? [
          {
            title: t.common.actions,
            render: (_: unknown, i: TIndicator) => (
              <Button
                size="small"
                icon={<EditOutlined />}
                data-testid={`indicator-edit-${i.code}`}
                onClick={() => setEditing({ kind: 'edit', indicator: i })}
              >
                {t.common.edit}
              </Button>
            ),
          },
        ]
      : []),
  ];

  if (indicators.isError) {
    return <LoadError error={indicators.error} onRetry={() => void indicators.refetch()} />;
  }
  return (
    <Flex vertical gap="middle">
      {canEdit && (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          style={{ alignSelf: 'flex-start' }}
          data-testid="indicator-create"
          onClick={() => setEditing({ kind: 'create' })}
        >
          {s.addIndicator}
        </Button>
      )}
      <Table<TIndicator>
        data-testid="indicator-table"
        rowKey="code"
        size="middle"
        loading={indicators.isPending}
        columns={columns}
        dataSource={indicators.data}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      <IndicatorFormModal editing={editing} onClose={() => setEditing(null)} />
    </Flex>
  );
}

function IndicatorFormModal({ editing, onClose }: { editing: Editing; onClose: () => void }) {
  const { t, label } = useReportingI18n();
  const s = t.reportingSettings;
  const [form] = Form.useForm<IndicatorFormValues>();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const isEdit = editing?.kind === 'edit';

  const save = useMutation({
    mutationFn: (v: IndicatorFormValues) => {
      const body: TIndicatorInput = {
        code: v.code,
        name: { zh: v.nameZh, en: v.nameEn },
        unit: { zh: v.unitZh, en: v.unitEn },
        kind: v.kind,
        decimals: v.decimals,
        categories: v.categories,
        required: v.required,
        allowNegative: v.allowNegative,
        sortOrder: v.sortOrder,
        active: v.active,
      };
      if (editing?.kind === 'edit') {
        const { code: _code, kind: _kind, ...update } = body;
        return reportingApi.updateIndicator(editing.indicator.code, update);
      }
      return reportingApi.createIndicator(body);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.reporting.all });
      void message.success(s.indicatorSaved);
      onClose();
    },
    onError: (error) => showError(error),
  });

  const initial: IndicatorFormValues =
    editing?.kind === 'edit'
      ? {
          code: editing.indicator.code,
          nameZh: editing.indicator.name.zh,
          nameEn: editing.indicator.name.en,
          unitZh: editing.indicator.unit.zh,
          unitEn: editing.indicator.unit.en,
          kind: editing.indicator.kind,
          decimals: editing.indicator.decimals,
          categories: editing.indicator.categories,
          required: editing.indicator.required,
          allowNegative: editing.indicator.allowNegative,
          sortOrder: editing.indicator.sortOrder,
          active: editing.indicator.active,
        }
      : {
          code: '',
          nameZh: '',
          nameEn: '',
          unitZh: '万元',
          unitEn: '10k yuan',
          kind: 'flow',
          decimals: 1,
          categories: ['industry'],
          required: true,
          allowNegative: false,
          sortOrder: 100,
          active: true,
        };
  const required = [{ required: true, whitespace: true, message: s.fieldRequired }];

  return (
    <Modal
      open={editing !== null}
      title={
        editing?.kind === 'edit' ? s.editIndicator(label(editing.indicator.name)) : s.addIndicator
      }
      okText={t.common.save}
      okButtonProps={{ loading: save.isPending }}
      onCancel={onClose}
      onOk={() => void form.validateFields().then((v) => save.mutate(v))}
      destroyOnHidden
      width={640}
    >
      <Form<IndicatorFormValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        preserve={false}
      >
        <Form.Item name="code" label={s.code} extra={s.codeHint} rules={required}>
          <Input disabled={isEdit} maxLength={40} data-testid="indicator-code" />
        </Form.Item>
        <Flex gap="middle">
          <Form.Item name="nameZh" label={s.nameZh} rules={required} style={{ flex: 1 }}>
            <Input maxLength={60} data-testid="indicator-name-zh" />
          </Form.Item>
          <Form.Item name="nameEn" label={s.nameEn} rules={required} style={{ flex: 1 }}>
            <Input maxLength={120} data-testid="indicator-name-en" />
          </Form.Item>
        </Flex>
        <Flex gap="middle">
          <Form.Item name="unitZh" label={s.unitZh} rules={required} style={{ flex: 1 }}>
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item name="unitEn" label={s.unitEn} rules={required} style={{ flex: 1 }}>
            <Input maxLength={40} />
          </Form.Item>
        </Flex>
        <Flex gap="middle">
          <Form.Item name="kind" label={s.kind} style={{ flex: 2 }}>
            <Select
              disabled={isEdit}
              options={INDICATOR_KINDS.map((kind) => ({ value: kind, label: s.kinds[kind] }))}
            />
          </Form.Item>
          <Form.Item name="decimals" label={s.decimals} style={{ flex: 1 }}>
            <InputNumber min={0} max={4} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="sortOrder" label={s.sortOrder} style={{ flex: 1 }}>
            <InputNumber min={0} max={10000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="categories"
          label={s.categories}
          rules={[{ required: true, type: 'array', min: 1, message: s.fieldRequired }]}
        >
          <Select
            mode="multiple"
            options={SCALE_CATEGORIES.map((c) => ({
              value: c,
              label: label(SCALE_CATEGORY_LABELS[c]),
            }))}
          />
        </Form.Item>
        <Flex gap="large">
          <Form.Item name="required" label={s.required} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="allowNegative" label={s.allowNegative} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="active" label={s.active} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}
