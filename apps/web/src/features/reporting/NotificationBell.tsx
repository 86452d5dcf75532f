import { BellOutlined } from '@ant-design/icons';
import type { TNotification } from '@gongyeyun/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Empty, Flex, List, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { notificationsApi } from '../../api/notifications-api';
import { queryKeys } from '../../api/query-keys';
import { useReportingI18n } from '../../i18n/reporting-i18n';
import { formatDateTime } from '../../shared/format';

const POLL_MS = 60_000;

/** The header's bell: unread count, the latest notifications, mark read, follow a link. */
export function NotificationBell() {
  const { t } = useReportingI18n();
  const n = t.notifications;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [isOpen, setIsOpen] = useState(false);
  const list = useQuery({
    queryKey: queryKeys.notifications,
    queryFn: ({ signal }) => notificationsApi.list(signal),
    refetchInterval: POLL_MS,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.notifications });
  const markRead = useMutation({ mutationFn: notificationsApi.markRead, onSuccess: refresh });
  const markAll = useMutation({ mutationFn: notificationsApi.markAllRead, onSuccess: refresh });
  const unread = list.data?.unread ?? 0;
  const items = list.data?.items ?? [];

  const open = (item: TNotification) => {
    if (!item.read) markRead.mutate(item.id);
    if (item.link) {
      setIsOpen(false);
      void navigate(item.link);
    }
  };

  const content = (
    <div style={{ width: 360, maxHeight: 420, overflowY: 'auto' }} data-testid="notifications">
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={n.empty} />
      ) : (
        <List<TNotification>
          size="small"
          dataSource={items}
          renderItem={(item) => (
            <List.Item
              data-testid="notification"
              style={{ cursor: item.link ? 'pointer' : 'default' }}
              onClick={() => open(item)}
              actions={
                item.read
                  ? []
                  : [
                      <Button
                        key="read"
                        type="link"
                        size="small"
                        onClick={(event) => {
                          event.stopPropagation();
                          markRead.mutate(item.id);
                        }}
                      >
                        {n.markRead}
                      </Button>,
                    ]
              }
            >
              <List.Item.Meta
                title={
                  <Flex gap={6} align="center">
                    {!item.read && <Badge status="processing" />}
                    <Typography.Text strong={!item.read}>{item.title}</Typography.Text>
                  </Flex>
                }
                description={
                  <>
                    <div>{item.body}</div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(item.createdAt)}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={isOpen}
      onOpenChange={setIsOpen}
      title={
        <Flex justify="space-between" align="center">
          <span>{n.title}</span>
          {unread > 0 && (
            <Button
              type="link"
              size="small"
              loading={markAll.isPending}
              onClick={() => markAll.mutate()}
            >
              {n.markAllRead}
            </Button>
          )}
        </Flex>
      }
      content={content}
    >
      <Button
        type="text"
        aria-label={n.open(unread)}
        data-testid="notifications-bell"
        icon={
          <Badge count={unread} size="small" data-testid="notifications-unread">
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
