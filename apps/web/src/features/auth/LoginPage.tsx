import { LockOutlined, UserOutlined } from '@ant-design/icons';
import type { TLoginRequest } from '@gongyeyun/contract';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useI18n } from '../../i18n/i18n-context';
import { describeError } from '../../shared/errors';
import { AuthLayout } from './AuthLayout';
import { useLogin } from './use-session';

/** Sign-in. Wrong password, a locked account and rate limiting show the server's own message. */
export function LoginPage() {
  const { t } = useI18n();
  const login = useLogin();
  return (
    <AuthLayout>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t.auth.loginTitle}
      </Typography.Title>
      {login.isError && (
        <Alert
          data-testid="login-error"
          type="error"
          showIcon
          title={describeError(login.error, t)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<TLoginRequest>
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => login.mutate(values)}
      >
        <Form.Item
          label={t.auth.username}
          name="username"
          rules={[{ required: true, whitespace: true, message: t.auth.usernameRequired }]}
        >
          <Input id="username" prefix={<UserOutlined />} autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item
          label={t.auth.password}
          name="password"
          rules={[{ required: true, message: t.auth.passwordRequired }]}
        >
          <Input.Password id="password" prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <Button
          data-testid="login-submit"
          type="primary"
          htmlType="submit"
          block
          size="large"
          loading={login.isPending}
        >
          {t.auth.submit}
        </Button>
      </Form>
    </AuthLayout>
  );
}
