import { CheckOutlined, KeyOutlined, StopOutlined } from '@ant-design/icons';
import type { TUpdateUserRequest, TUser } from '@gongyeyun/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DescriptionsProps } from 'antd';
import { App, Button, Card, Descriptions, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { queryKeys } from '../../api/query-keys';
import { usersApi } from '../../api/users-api';
import { useI18n } from '../../i18n/i18n-context';
import { formatDateTime } from '../../shared/format';
import { OneTimeSecret } from '../../shared/OneTimeSecret';
import { useShowError } from '../../shared/use-show-error';
import { UserStatusTags } from './UserStatusTags';
import { useUserChanged } from './use-users';

/** A user's account: name, status, activation and password reset (temporary password once). */
export function UserAccount({ user }: { user: TUser }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  const onChanged = useUserChanged();
  const [temporaryPassword, setTemporaryPassword] = useState<string | null>(null);

  const update = useMutation({
    mutationFn: (change: TUpdateUserRequest) => usersApi.update(user.id, change),
    onSuccess: (updated, change) => {
      onChanged(updated);
      const text =
        change.isActive === undefined
          ? t.common.saved
          : change.isActive
            ? t.users.activated
            : t.users.deactivated;
      void message.success(text);
    },
    onError: (error) => showError(error),
  });
  const resetPassword = useMutation({
    mutationFn: () => usersApi.resetPassword(user.id),
    onSuccess: (result) => {
      setTemporaryPassword(result.temporaryPassword);
      void queryClient.invalidateQueries({ queryKey: queryKeys.users.all });
    },
    onError: (error) => showError(error),
  });

  const items: DescriptionsProps['items'] = [
    { key: 'username', label: t.users.username, children: user.username },
    {
      key: 'displayName',
      label: t.users.displayName,
      children: (
        <Typography.Text
          editable={{
            onChange: (value) => {
              const displayName = value.trim();
              if (displayName && displayName !== user.displayName) update.mutate({ displayName });
            },
            maxLength: 64,
          }}
        >
          {user.displayName}
        </Typography.Text>
      ),
    },
    { key: 'status', label: t.users.status, children: <UserStatusTags user={user} /> },
    {
      key: 'locale',
      label: t.users.locale,
      children: t.locale.names[user.locale],
    },
    {
      key: 'lastLoginAt',
      label: t.users.lastLoginAt,
      children: formatDateTime(user.lastLoginAt, t.users.neverLoggedIn),
    },
    { key: 'createdAt', label: t.users.createdAt, children: formatDateTime(user.createdAt) },
    ...(user.lockedUntil
      ? [
          {
            key: 'lockedUntil',
            label: t.users.lockedUntil,
            children: formatDateTime(user.lockedUntil),
          },
        ]
      : []),
  ];

  return (
    <Card
      data-testid="user-account"
      title={`${t.users.accountTitle} · ${user.displayName}`}
      extra={
        <Space wrap>
          {user.isActive ? (
            <Popconfirm
              title={t.users.deactivateConfirm}
              onConfirm={() => update.mutate({ isActive: false })}
            >
              <Button danger icon={<StopOutlined />} loading={update.isPending}>
                {t.users.deactivate}
              </Button>
            </Popconfirm>
          ) : (
            <Button
              icon={<CheckOutlined />}
              loading={update.isPending}
              onClick={() => update.mutate({ isActive: true })}
            >
              {t.users.activate}
            </Button>
          )}
          <Popconfirm title={t.users.resetConfirm} onConfirm={() => resetPassword.mutate()}>
            <Button icon={<KeyOutlined />} loading={resetPassword.isPending}>
              {t.users.resetPassword}
            </Button>
          </Popconfirm>
        </Space>
      }
    >
      <Descriptions column={{ xs: 1, md: 2 }} items={items} />
      <OneTimeSecret
        secret={temporaryPassword}
        title={`${t.users.temporaryPasswordTitle} · ${user.username}`}
        hint={t.users.temporaryPasswordHint}
        onClose={() => setTemporaryPassword(null)}
      />
    </Card>
  );
}
