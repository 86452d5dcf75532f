import type { TIndustrialSystem } from '@gongyeyun/contract';
import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal, Switch } from 'antd';
import { industrialSystemsApi } from '../../api/industrial-systems-api';
import { useRegistryI18n } from '../../i18n/registry-i18n';
import { useShowError } from '../../shared/use-show-error';
import { OrgUnitTreeSelect } from '../org-units/OrgUnitTreeSelect';
import { useIndustrialSystemChanged } from './use-industrial-systems';

export type SystemFormMode = { kind: 'create' } | { kind: 'edit'; system: TIndustrialSystem };

interface SystemValues {
  orgUnitId?: number;
  code: string;
  name: string;
  nameEn?: string;
  description?: string;
  isActive?: boolean;
}

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{1,31}$/;

const orNull = (value: string | undefined): string | null => value?.trim() || null;

/** An industrial system (e.g. the city's "345" system): region, code, names, description. */
export function SystemFormModal({
  mode,
  onClose,
}: {
  mode: SystemFormMode | null;
  onClose: () => void;
}) {
  const { t } = useRegistryI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const onChanged = useIndustrialSystemChanged();
  const [form] = Form.useForm<SystemValues>();
  const s = t.industrialSystem;
  const editing = mode?.kind === 'edit' ? mode.system : null;

  const save = useMutation({
    mutationFn: (values: SystemValues) => {
      const fields = {
        code: values.code.trim(),
        name: values.name.trim(),
        nameEn: orNull(values.nameEn),
        description: orNull(values.description),
      };
      if (editing) {
        return industrialSystemsApi.update(editing.id, { ...fields, isActive: values.isActive });
      }
      if (values.orgUnitId === undefined) throw new Error('The region is validated first');
      return industrialSystemsApi.create({ ...fields, orgUnitId: values.orgUnitId });
    },
    onSuccess: async () => {
      void message.success(editing ? s.systemUpdated : s.systemCreated);
      onClose();
      await onChanged();
    },
    onError: (error) => showError(error, form),
  });

  return (
    <Modal
      open={mode !== null}
      title={editing ? `${s.editSystem} · ${editing.name}` : s.createSystem}
      okText={t.common.save}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<SystemValues>
        form={form}
        layout="vertical"
        initialValues={
          editing
            ? {
                code: editing.code,
                name: editing.name,
                nameEn: editing.nameEn ?? undefined,
                description: editing.description ?? undefined,
                isActive: editing.isActive,
              }
            : {}
        }
        onFinish={(values) => save.mutate(values)}
        clearOnDestroy
      >
        {!editing && (
          <Form.Item
            label={s.orgUnit}
            name="orgUnitId"
            rules={[{ required: true, message: s.orgUnitRequired }]}
          >
            <OrgUnitTreeSelect />
          </Form.Item>
        )}
        <Form.Item
          label={s.code}
          name="code"
          extra={s.systemCodeRule}
          rules={[
            { required: true, whitespace: true, message: s.codeRequired },
            { pattern: CODE_PATTERN, message: s.systemCodeRule },
          ]}
        >
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item
          label={s.name}
          name="name"
          rules={[{ required: true, whitespace: true, message: s.nameRequired }]}
        >
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item label={s.nameEn} name="nameEn">
          <Input maxLength={128} />
        </Form.Item>
        <Form.Item label={s.description} name="description">
          <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        {editing && (
          <Form.Item label={s.isActive} name="isActive" valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
