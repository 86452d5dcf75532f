import type { TChainTier, TIndustrialSystem } from '@gongyeyun/contract';
import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal } from 'antd';
import { industrialSystemsApi } from '../../api/industrial-systems-api';
import { useRegistryI18n } from '../../i18n/registry-i18n';
import { useShowError } from '../../shared/use-show-error';
import { useIndustrialSystemChanged } from './use-industrial-systems';

export type TierFormMode =
  | { kind: 'create'; system: TIndustrialSystem }
  | { kind: 'edit'; system: TIndustrialSystem; tier: TChainTier };

interface TierValues {
  name: string;
  nameEn?: string;
  sortOrder?: number | null;
}

/** A tier of a system (e.g. 传统优势产业, 特色产业, 新兴产业 in a "345" system). */
export function TierFormModal({
  mode,
  onClose,
}: {
  mode: TierFormMode | null;
  onClose: () => void;
}) {
  const { t } = useRegistryI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const onChanged = useIndustrialSystemChanged();
  const [form] = Form.useForm<TierValues>();
  const s = t.industrialSystem;
  const editing = mode?.kind === 'edit' ? mode.tier : null;

  const save = useMutation({
    mutationFn: async (values: TierValues) => {
      if (!mode) throw new Error('The tier form is not open');
      const input = {
        name: values.name.trim(),
        nameEn: values.nameEn?.trim() || null,
        sortOrder: values.sortOrder ?? 0,
      };
      if (editing) await industrialSystemsApi.updateTier(editing.id, input);
      else await industrialSystemsApi.addTier(mode.system.id, input);
    },
    onSuccess: async () => {
      void message.success(editing ? s.tierUpdated : s.tierCreated);
      onClose();
      await onChanged();
    },
    onError: (error) => showError(error, form),
  });

  return (
    <Modal
      open={mode !== null}
      title={editing ? `${s.editTier} · ${editing.name}` : s.addTier}
      okText={t.common.save}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<TierValues>
        form={form}
        layout="vertical"
        initialValues={
          editing
            ? {
                name: editing.name,
                nameEn: editing.nameEn ?? undefined,
                sortOrder: editing.sortOrder,
              }
            : { sortOrder: (mode?.system.tiers.length ?? 0) + 1 }
        }
        onFinish={(values) => save.mutate(values)}
        clearOnDestroy
      >
        <Form.Item
          label={s.name}
          name="name"
          rules={[{ required: true, whitespace: true, message: s.nameRequired }]}
        >
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item label={s.nameEn} name="nameEn">
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item label={s.sortOrder} name="sortOrder" extra={s.sortOrderHint}>
          <InputNumber precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
