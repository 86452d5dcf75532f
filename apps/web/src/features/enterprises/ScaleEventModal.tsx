import type { TEnterprise, TScaleEvent } from '@gongyeyun/contract';
import type { ScaleCategory } from '@gongyeyun/core';
import { SCALE_CATEGORIES, SCALE_CATEGORY_LABELS, scaleCategoryOfClass } from '@gongyeyun/core';
import { useMutation } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { enterprisesApi } from '../../api/enterprises-api';
import { useRegistryI18n } from '../../i18n/registry-i18n';
import { useShowError } from '../../shared/use-show-error';
import { useEnterpriseChanged } from './use-enterprises';

interface ScaleEventValues {
  category: ScaleCategory;
  kind: TScaleEvent['kind'];
  occurredOn: Dayjs;
  reason?: string;
}

/** Records an entry (入库) or exit (退库); the category defaults to the enterprise's own. */
export function ScaleEventModal({
  enterprise,
  open,
  onClose,
}: {
  enterprise: TEnterprise;
  open: boolean;
  onClose: () => void;
}) {
  const { t, label } = useRegistryI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const onChanged = useEnterpriseChanged();
  const [form] = Form.useForm<ScaleEventValues>();
  const category = enterprise.scaleCategory ?? scaleCategoryOfClass(enterprise.industryCode);

  const add = useMutation({
    mutationFn: (values: ScaleEventValues) =>
      enterprisesApi.addScaleEvent(enterprise.id, {
        category: values.category,
        kind: values.kind,
        occurredOn: values.occurredOn.format('YYYY-MM-DD'),
        reason: values.reason?.trim() || null,
      }),
    onSuccess: (updated) => {
      onChanged(updated);
      void message.success(t.enterprises.eventAdded);
      onClose();
    },
    onError: (error) => showError(error, form),
  });

  return (
    <Modal
      open={open}
      title={t.enterprises.addEvent}
      okText={t.common.save}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={add.isPending}
      destroyOnHidden
    >
      <Form<ScaleEventValues>
        form={form}
        layout="vertical"
        initialValues={{
          category: category ?? undefined,
          kind: enterprise.scaleCategory === null ? 'entered' : 'exited',
        }}
        onFinish={(values) => add.mutate(values)}
        clearOnDestroy
      >
        <Form.Item
          label={t.enterprises.eventKind}
          name="kind"
          rules={[{ required: true, message: t.enterprises.eventKindRequired }]}
        >
          <Radio.Group
            optionType="button"
            options={(['entered', 'exited'] as const).map((kind) => ({
              value: kind,
              label: t.enterprises.eventKinds[kind],
            }))}
          />
        </Form.Item>
        <Form.Item
          label={t.enterprises.scaleCategory}
          name="category"
          rules={[{ required: true, message: t.enterprises.categoryRequired }]}
        >
          <Select<ScaleCategory>
            options={SCALE_CATEGORIES.map((c) => ({
              value: c,
              label: label(SCALE_CATEGORY_LABELS[c]),
            }))}
          />
        </Form.Item>
        <Form.Item
          label={t.enterprises.occurredOn}
          name="occurredOn"
          rules={[{ required: true, message: t.enterprises.occurredOnRequired }]}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(dayjs())} />
        </Form.Item>
        <Form.Item label={t.enterprises.reason} name="reason">
          <Input.TextArea maxLength={200} showCount autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
