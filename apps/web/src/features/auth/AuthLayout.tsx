import { Card, Flex, Layout, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { LocaleSwitch } from './LocaleSwitch';

/** The frame of the screens shown before the shell: sign-in and the forced password change. */
export function AuthLayout({ extra, children }: { extra?: ReactNode; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Flex justify="flex-end" gap="small" style={{ padding: '12px 24px' }}>
        <LocaleSwitch />
        {extra}
      </Flex>
      <Flex vertical align="center" style={{ padding: '48px 16px' }}>
        <Typography.Title level={2} style={{ marginBottom: 4 }}>
          {t.app.name}
        </Typography.Title>
        <Typography.Text type="secondary" style={{ marginBottom: 32 }}>
          {t.app.tagline}
        </Typography.Text>
        <Card style={{ width: '100%', maxWidth: 440 }}>{children}</Card>
      </Flex>
    </Layout>
  );
}
