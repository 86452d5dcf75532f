import type { TEnterpriseTag } from '@gongyeyun/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal } from 'antd';
import { queryKeys } from '../../api/query-keys';
import { enterpriseTagsApi } from '../../api/reference-api';
import { useRegistryI18n } from '../../i18n/registry-i18n';
import { useShowError } from '../../shared/use-show-error';

export type EnterpriseTagFormMode = { kind: 'create' } | { kind: 'edit'; tag: TEnterpriseTag };

interface TagValues {
  code: string;
  name: string;
  nameEn?: string;
  sortOrder?: number | null;
}

const CODE_PATTERN = /^[a-z][a-z0-9_]{1,31}$/;

/** A new tag (code, names, order) or a renamed one; the code is fixed once created. */
export function EnterpriseTagFormModal({
  mode,
  onClose,
}: {
  mode: EnterpriseTagFormMode | null;
  onClose: () => void;
}) {
  const { t } = useRegistryI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<TagValues>();
  const r = t.reference;
  const editing = mode?.kind === 'edit' ? mode.tag : null;

  const save = useMutation({
    mutationFn: (values: TagValues) => {
      const fields = {
        name: values.name.trim(),
        nameEn: values.nameEn?.trim() || null,
        sortOrder: values.sortOrder ?? 0,
      };
      return editing
        ? enterpriseTagsApi.update(editing.code, fields)
        : enterpriseTagsApi.create({ ...fields, code: values.code.trim() });
    },
    onSuccess: async () => {
      void message.success(editing ? r.tagUpdated : r.tagCreated);
      onClose();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.enterpriseTags }),
        queryClient.invalidateQueries({ queryKey: queryKeys.audit.all }),
      ]);
    },
    onError: (error) => showError(error, form),
  });

  return (
    <Modal
      open={mode !== null}
      title={editing ? `${r.editTag} · ${editing.code}` : r.addTag}
      okText={t.common.save}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<TagValues>
        form={form}
        layout="vertical"
        initialValues={
          editing
            ? {
                code: editing.code,
                name: editing.name,
                nameEn: editing.nameEn ?? undefined,
                sortOrder: editing.sortOrder,
              }
            : { sortOrder: 0 }
        }
        onFinish={(values) => save.mutate(values)}
        clearOnDestroy
      >
        <Form.Item
          label={r.tagCode}
          name="code"
          extra={r.tagCodeRule}
          rules={[
            { required: true, message: r.tagCodeInvalid },
            { pattern: CODE_PATTERN, message: r.tagCodeInvalid },
          ]}
        >
          <Input maxLength={32} disabled={editing !== null} autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={r.tagName}
          name="name"
          rules={[{ required: true, whitespace: true, message: r.tagNameRequired }]}
        >
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item label={r.tagNameEn} name="nameEn">
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item label={r.sortOrder} name="sortOrder">
          <InputNumber precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
