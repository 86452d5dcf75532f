import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { TApiToken } from '@gongyeyun/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TableProps } from 'antd';
import { Alert, App, Button, Card, Popconfirm, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { queryKeys } from '../../api/query-keys';
import { tokensApi } from '../../api/tokens-api';
import { useI18n } from '../../i18n/i18n-context';
import { formatDateTime } from '../../shared/format';
import { OneTimeSecret } from '../../shared/OneTimeSecret';
import { useShowError } from '../../shared/use-show-error';
import { TokenCreateModal } from './TokenCreateModal';

/** `/tokens`: the user's own API tokens; a new token is shown once. */
export function TokensPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [isCreating, setIsCreating] = useState(false);
  const [plainToken, setPlainToken] = useState<string | null>(null);

  const tokens = useQuery({
    queryKey: queryKeys.tokens,
    queryFn: ({ signal }) => tokensApi.list(signal),
  });
  const revoke = useMutation({
    mutationFn: tokensApi.revoke,
    onSuccess: () => {
      void message.success(t.tokens.revoked);
      return queryClient.invalidateQueries({ queryKey: queryKeys.tokens });
    },
    onError: (error) => showError(error),
  });

  const columns: TableProps<TApiToken>['columns'] = [
    { title: t.tokens.name, dataIndex: 'name' },
    {
      title: t.tokens.prefix,
      dataIndex: 'prefix',
      render: (_, token) => <Typography.Text code>{token.prefix}…</Typography.Text>,
    },
    {
      title: t.tokens.createdAt,
      dataIndex: 'createdAt',
      render: (_, token) => formatDateTime(token.createdAt),
    },
    {
      title: t.tokens.expiresAt,
      dataIndex: 'expiresAt',
      render: (_, token) =>
        token.expiresAt === null ? (
          t.tokens.neverExpires
        ) : dayjs(token.expiresAt).isBefore(dayjs()) ? (
          <Tag color="red">{t.tokens.expired}</Tag>
        ) : (
          formatDateTime(token.expiresAt)
        ),
    },
    {
      title: t.tokens.lastUsedAt,
      dataIndex: 'lastUsedAt',
      render: (_, token) => formatDateTime(token.lastUsedAt, t.tokens.neverUsed),
    },
    {
      title: t.common.actions,
      key: 'actions',
      width: 100,
      render: (_, token) => (
        <Popconfirm title={t.tokens.revokeConfirm} onConfirm={() => revoke.mutate(token.id)}>
          <Button type="link" danger size="small" icon={<DeleteOutlined />}>
            {t.tokens.revoke}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <Card
      title={t.nav.tokens}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
          {t.tokens.create}
        </Button>
      }
    >
      <Alert type="info" showIcon title={t.tokens.intro} style={{ marginBottom: 16 }} />
      <Table<TApiToken>
        data-testid="tokens-table"
        rowKey="id"
        columns={columns}
        dataSource={tokens.data}
        loading={tokens.isFetching || revoke.isPending}
        pagination={{ hideOnSinglePage: true, showTotal: (total) => t.common.total(total) }}
      />
      <TokenCreateModal
        open={isCreating}
        onClose={() => setIsCreating(false)}
        onCreated={(token) => {
          setIsCreating(false);
          setPlainToken(token);
        }}
      />
      <OneTimeSecret
        secret={plainToken}
        title={t.tokens.tokenTitle}
        hint={t.tokens.tokenHint}
        onClose={() => setPlainToken(null)}
      />
    </Card>
  );
}
