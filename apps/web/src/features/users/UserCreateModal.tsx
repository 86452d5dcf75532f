import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { TCreatedUser } from '@gongyeyun/contract';
import type { Role } from '@gongyeyun/core';
import { PASSWORD_PROBLEM_TEXT, ROLE_LABELS, checkPassword } from '@gongyeyun/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import { queryKeys } from '../../api/query-keys';
import { usersApi } from '../../api/users-api';
import { useI18n } from '../../i18n/i18n-context';
import { useShowError } from '../../shared/use-show-error';
import { OrgUnitTreeSelect } from '../org-units/OrgUnitTreeSelect';
import { GRANTABLE_ROLES } from './use-users';

interface CreateUserValues {
  username: string;
  displayName: string;
  password?: string;
  grants: { role?: Role; orgUnitId?: number }[];
}

const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,31}$/;

/** New user with one or more grants; the password is generated unless one is given. */
export function UserCreateModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (created: TCreatedUser) => void;
}) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CreateUserValues>();

  const create = useMutation({
    mutationFn: (values: CreateUserValues) =>
      usersApi.create({
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        password: values.password || undefined,
        grants: values.grants.map(({ role, orgUnitId }) => {
          if (!role || !orgUnitId) throw new Error('Grant rows are validated before submitting');
          return { role, orgUnitId, enterpriseId: null };
        }),
      }),
    onSuccess: (created) => {
      void message.success(t.users.created);
      void queryClient.invalidateQueries({ queryKey: queryKeys.users.lists });
      onCreated(created);
    },
    onError: (error) => showError(error, form),
  });

  const roleOptions = GRANTABLE_ROLES.map((role) => ({
    value: role,
    label: label(ROLE_LABELS[role]),
  }));

  return (
    <Modal
      open={open}
      title={t.users.createTitle}
      width={640}
      okText={t.common.create}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form<CreateUserValues>
        form={form}
        layout="vertical"
        initialValues={{ grants: [{}] }}
        onFinish={(values) => create.mutate(values)}
        clearOnDestroy
      >
        <Form.Item
          label={t.users.username}
          name="username"
          extra={t.users.usernameRule}
          rules={[
            { required: true, message: t.users.usernameRequired },
            { pattern: USERNAME_PATTERN, message: t.users.usernameInvalid },
          ]}
        >
          <Input autoComplete="off" maxLength={32} />
        </Form.Item>
        <Form.Item
          label={t.users.displayName}
          name="displayName"
          rules={[{ required: true, whitespace: true, message: t.users.displayNameRequired }]}
        >
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item
          label={t.users.password}
          name="password"
          extra={t.users.passwordHint}
          dependencies={['username']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) => {
                if (!value) return Promise.resolve();
                const username = (getFieldValue('username') as string | undefined) ?? '';
                const [problem] = checkPassword(value, username);
                return problem
                  ? Promise.reject(new Error(label(PASSWORD_PROBLEM_TEXT[problem])))
                  : Promise.resolve();
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Typography.Text strong>{t.users.grants}</Typography.Text>
        <Typography.Paragraph type="secondary">{t.users.grantsHint}</Typography.Paragraph>
        <Form.List
          name="grants"
          rules={[
            {
              validator: (_, grants: unknown[] | undefined) =>
                grants && grants.length > 0
                  ? Promise.resolve()
                  : Promise.reject(new Error(t.users.grantsRequired)),
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field) => (
                <Flex key={field.key} gap="small" align="start">
                  <Form.Item
                    name={[field.name, 'role']}
                    rules={[{ required: true, message: t.users.roleRequired }]}
                    style={{ width: 200 }}
                  >
                    <Select<Role>
                      placeholder={t.users.role}
                      aria-label={t.users.role}
                      options={roleOptions}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'orgUnitId']}
                    rules={[{ required: true, message: t.users.orgUnitRequired }]}
                    style={{ flex: 1 }}
                  >
                    <OrgUnitTreeSelect placeholder={t.users.orgUnit} aria-label={t.users.orgUnit} />
                  </Form.Item>
                  <Button
                    type="text"
                    aria-label={t.common.remove}
                    icon={<MinusCircleOutlined />}
                    disabled={fields.length === 1}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <Form.Item>
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block>
                  {t.users.addGrant}
                </Button>
                <Form.ErrorList errors={errors} />
              </Form.Item>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
