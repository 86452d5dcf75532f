import type { TChangePasswordRequest } from '@gongyeyun/contract';
import { checkPassword } from '@gongyeyun/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { queryKeys } from '../../api/query-keys';
import { sessionApi } from '../../api/session-api';
import { useI18n } from '../../i18n/i18n-context';
import { useShowError } from '../../shared/use-show-error';
import { AuthLayout } from './AuthLayout';
import { useCurrentUser } from './current-user';
import { LogoutButton } from './LogoutButton';
import { PasswordRules } from './PasswordRules';

interface ChangePasswordValues extends TChangePasswordRequest {
  confirmPassword: string;
}

/** Own password change; while a change is forced it is the only screen the user gets. */
export function ChangePasswordPage() {
  const { t } = useI18n();
  const { user } = useCurrentUser();
  const { username, mustChangePassword: isForced } = user;
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ChangePasswordValues>();
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  // Callbacks on the mutation itself, not on mutate(): after a forced change the session gate
  // swaps this screen for the application before mutate()'s callbacks could run.
  const changePassword = useMutation({
    mutationFn: sessionApi.changePassword,
    onSuccess: () => {
      void message.success(t.auth.passwordChanged);
      form.resetFields();
      return queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
    onError: (error) => showError(error, form),
  });

  const submit = ({ currentPassword, newPassword }: ChangePasswordValues) =>
    changePassword.mutate({ currentPassword, newPassword });

  const content = (
    <>
      {isForced && (
        <Alert type="warning" showIcon title={t.auth.forcedHint} style={{ marginBottom: 16 }} />
      )}
      <Form<ChangePasswordValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
      >
        {/* Lets password managers file the new password under the right account. */}
        <input hidden readOnly autoComplete="username" value={username} />
        <Form.Item
          label={t.auth.currentPassword}
          name="currentPassword"
          rules={[{ required: true, message: t.auth.currentPasswordRequired }]}
        >
          <Input.Password id="currentPassword" autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label={t.auth.newPassword}
          name="newPassword"
          rules={[
            {
              validator: (_, value: string | undefined) =>
                checkPassword(value ?? '', username).length === 0
                  ? Promise.resolve()
                  : Promise.reject(new Error(t.auth.rulesBroken)),
            },
          ]}
        >
          <Input.Password id="newPassword" autoComplete="new-password" />
        </Form.Item>
        <PasswordRules password={newPassword} username={username} />
        <Form.Item
          label={t.auth.confirmPassword}
          name="confirmPassword"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t.auth.confirmRequired },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t.auth.confirmMismatch)),
            }),
          ]}
        >
          <Input.Password id="confirmPassword" autoComplete="new-password" />
        </Form.Item>
        <Button
          data-testid="change-password-submit"
          type="primary"
          htmlType="submit"
          block={isForced}
          loading={changePassword.isPending}
        >
          {t.common.save}
        </Button>
      </Form>
    </>
  );

  if (isForced) {
    return (
      <AuthLayout extra={<LogoutButton />}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t.auth.changePasswordTitle}
        </Typography.Title>
        {content}
      </AuthLayout>
    );
  }
  return (
    <Card title={t.auth.changePasswordTitle} style={{ maxWidth: 520 }}>
      {content}
    </Card>
  );
}
