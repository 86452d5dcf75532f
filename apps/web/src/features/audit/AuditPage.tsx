import type { TAuditEntry, TFindAuditQuery } from '@gongyeyun/contract';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TableProps } from 'antd';
import { Button, Card, DatePicker, Form, Input, InputNumber, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { auditApi } from '../../api/audit-api';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/i18n-context';
import { formatTimestamp } from '../../shared/format';
import { usePagination } from '../../shared/use-pagination';
import { AuditChange } from './AuditChange';

interface AuditFilterValues {
  entity?: string;
  action?: string;
  actorUserId?: number | null;
  period?: [Dayjs | null, Dayjs | null] | null;
}

type AuditFilters = Omit<TFindAuditQuery, 'page' | 'pageSize'>;

function toFilters(values: AuditFilterValues): AuditFilters {
  const [from, to] = values.period ?? [null, null];
  return {
    entity: values.entity?.trim() || undefined,
    action: values.action?.trim() || undefined,
    actorUserId: values.actorUserId ?? undefined,
    from: from?.startOf('day').toISOString(),
    to: to?.endOf('day').toISOString(),
  };
}

/** `/audit`: who changed what and when, newest first, with the before and after states. */
export function AuditPage() {
  const { t } = useI18n();
  const [form] = Form.useForm<AuditFilterValues>();
  const [filters, setFilters] = useState<AuditFilters>({});
  const { page, pageSize, toFirstPage, pagination } = usePagination();
  const query: TFindAuditQuery = { ...filters, page, pageSize };
  const list = useQuery({
    queryKey: queryKeys.audit.list(query),
    queryFn: ({ signal }) => auditApi.find(query, signal),
    placeholderData: keepPreviousData,
  });

  const applyFilters = (values: AuditFilterValues) => {
    setFilters(toFilters(values));
    toFirstPage();
  };

  const columns: TableProps<TAuditEntry>['columns'] = [
    {
      title: t.audit.at,
      dataIndex: 'at',
      width: 180,
      render: (_, entry) => formatTimestamp(entry.at),
    },
    {
      title: t.audit.actor,
      dataIndex: 'actorName',
      render: (_, entry) =>
        entry.actorUserId === null
          ? entry.actorName || t.audit.systemActor
          : `${entry.actorName}（${entry.actorUserId}）`,
    },
    {
      title: t.audit.action,
      dataIndex: 'action',
      render: (_, entry) => (
        <span title={entry.action}>{t.audit.actions[entry.action] ?? entry.action}</span>
      ),
    },
    {
      title: t.audit.entity,
      dataIndex: 'entity',
      render: (_, entry) => (
        <span title={entry.entity}>{t.audit.entities[entry.entity] ?? entry.entity}</span>
      ),
    },
    { title: t.audit.entityId, dataIndex: 'entityId', render: (_, entry) => entry.entityId ?? '' },
    { title: t.audit.ip, dataIndex: 'ip', render: (_, entry) => entry.ip ?? '' },
  ];

  return (
    <Card title={t.nav.audit}>
      <Form<AuditFilterValues>
        form={form}
        layout="inline"
        onFinish={applyFilters}
        style={{ marginBottom: 16, rowGap: 8 }}
      >
        <Form.Item name="entity" label={t.audit.entity}>
          <Input allowClear style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="action" label={t.audit.action}>
          <Input allowClear style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="actorUserId" label={t.audit.actorId}>
          <InputNumber min={1} precision={0} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="period" label={t.audit.dateRange}>
          <DatePicker.RangePicker allowEmpty={[true, true]} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">
              {t.common.search}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                applyFilters({});
              }}
            >
              {t.common.reset}
            </Button>
          </Space>
        </Form.Item>
      </Form>
      <Table<TAuditEntry>
        data-testid="audit-table"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        pagination={pagination(list.data?.total)}
        expandable={{
          rowExpandable: (entry) => entry.before != null || entry.after != null,
          expandedRowRender: (entry) => <AuditChange before={entry.before} after={entry.after} />,
        }}
      />
    </Card>
  );
}
