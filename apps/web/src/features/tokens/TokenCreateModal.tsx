import type { TCreateApiTokenRequest } from '@gongyeyun/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Form, Input, InputNumber, Modal } from 'antd';
import { queryKeys } from '../../api/query-keys';
import { tokensApi } from '../../api/tokens-api';
import { useI18n } from '../../i18n/i18n-context';
import { useShowError } from '../../shared/use-show-error';

/** Name and lifetime of a new token; hands the plain token to the caller to show once. */
export function TokenCreateModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (plainToken: string) => void;
}) {
  const { t } = useI18n();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<TCreateApiTokenRequest>();

  const create = useMutation({
    mutationFn: (values: TCreateApiTokenRequest) =>
      tokensApi.create({ name: values.name.trim(), expiresInDays: values.expiresInDays }),
    onSuccess: (created) => {
      onCreated(created.token);
      return queryClient.invalidateQueries({ queryKey: queryKeys.tokens });
    },
    onError: (error) => showError(error, form),
  });

  return (
    <Modal
      open={open}
      title={t.tokens.createTitle}
      okText={t.common.create}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form<TCreateApiTokenRequest>
        form={form}
        layout="vertical"
        initialValues={{ expiresInDays: 365 }}
        onFinish={(values) => create.mutate(values)}
        clearOnDestroy
      >
        <Form.Item
          label={t.tokens.name}
          name="name"
          rules={[{ required: true, whitespace: true, message: t.tokens.nameRequired }]}
        >
          <Input placeholder={t.tokens.namePlaceholder} maxLength={64} />
        </Form.Item>
        <Form.Item
          label={t.tokens.expiresInDays}
          name="expiresInDays"
          extra={t.tokens.expiresInDaysHint}
          rules={[
            {
              required: true,
              type: 'integer',
              min: 1,
              max: 3650,
              message: t.tokens.expiresInDaysHint,
            },
          ]}
        >
          <InputNumber min={1} max={3650} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
