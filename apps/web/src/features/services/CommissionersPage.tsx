import type { TCoverageRow, TVisit } from '@gongyeyun/contract';
import { useQuery } from '@tanstack/react-query';
import { Card, Checkbox, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { servicesApi } from '../../api/services-api';
import { useServicesI18n } from '../../i18n/services-i18n';

/** `/services/commissioners`: lead commissioner coverage (gaps first) and the visit log. */
export function CommissionersPage() {
  const { t } = useServicesI18n();
  const s = t.services;
  const [uncovered, setUncovered] = useState(false);
  const [page, setPage] = useState(1);
  const query = { page, pageSize: 20, ...(uncovered ? { uncovered: true } : {}) };
  const coverage = useQuery({
    queryKey: ['services', 'coverage', query],
    queryFn: ({ signal }) => servicesApi.coverage(query, signal),
  });
  const [visitPage, setVisitPage] = useState(1);
  const visits = useQuery({
    queryKey: ['services', 'visits', visitPage],
    queryFn: ({ signal }) => servicesApi.visits({ page: visitPage, pageSize: 10 }, signal),
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card
        title={s.coverage}
        extra={
          <Checkbox
            checked={uncovered}
            onChange={(e) => {
              setUncovered(e.target.checked);
              setPage(1);
            }}
          >
            {s.uncoveredOnly}
          </Checkbox>
        }
      >
        <Table<TCoverageRow>
          rowKey="enterpriseId"
          loading={coverage.isLoading}
          dataSource={coverage.data?.items ?? []}
          pagination={{
            current: page,
            pageSize: 20,
            total: coverage.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
          }}
          columns={[
            { title: s.enterprise, dataIndex: 'enterpriseName' },
            {
              title: s.commissioner,
              dataIndex: 'commissionerName',
              render: (v: string | null) => v ?? <Tag color="red">{s.none}</Tag>,
            },
            {
              title: s.lastVisit,
              dataIndex: 'lastVisitOn',
              render: (v: string | null, r) => (
                <Space>
                  {v ?? '—'}
                  {r.visitOverdue && <Tag color="orange">{s.visitOverdue}</Tag>}
                </Space>
              ),
            },
            { title: s.visits, dataIndex: 'visits' },
          ]}
        />
      </Card>
      <Card title={s.visitLog}>
        <Table<TVisit>
          rowKey="id"
          loading={visits.isLoading}
          dataSource={visits.data?.items ?? []}
          pagination={{
            current: visitPage,
            pageSize: 10,
            total: visits.data?.total ?? 0,
            onChange: setVisitPage,
            showSizeChanger: false,
          }}
          columns={[
            { title: s.visitedOn, dataIndex: 'visitedOn' },
            { title: s.enterprise, dataIndex: 'enterpriseName' },
            { title: s.commissioner, dataIndex: 'commissionerName' },
            { title: s.peopleMet, dataIndex: 'peopleMet' },
            { title: s.topics, dataIndex: 'topics' },
            { title: s.problemsFound, dataIndex: 'problemsFound' },
          ]}
        />
      </Card>
    </Space>
  );
}
