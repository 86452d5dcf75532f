import type { TServiceStats } from '@gongyeyun/contract';
import { useQuery } from '@tanstack/react-query';
import { Card, DatePicker, Space, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { servicesApi } from '../../api/services-api';
import { useServicesI18n } from '../../i18n/services-i18n';
import { useCategoryName } from './TicketsPage';

type Figures = TServiceStats['total'];
type Rate = Figures['solved'];

const percent = (r: Rate) =>
  r.value === null ? '—' : `${(r.value * 100).toFixed(1)}% (${r.numerator}/${r.denominator})`;

/** `/services/stats`: received, on-time, solved and satisfaction rates by department and category. */
export function ServiceStatsPage() {
  const { t } = useServicesI18n();
  const s = t.services;
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs('2021-01-01'), dayjs('2021-12-31')]);
  const from = range[0].format('YYYY-MM-DD');
  const to = range[1].format('YYYY-MM-DD');
  const stats = useQuery({
    queryKey: ['services', 'stats', from, to],
    queryFn: ({ signal }) => servicesApi.stats(from, to, signal),
  });
  const categoryName = useCategoryName();
  const columns = [
    { title: s.received, render: (_: unknown, r: { figures: Figures }) => r.figures.received },
    {
      title: s.signedOnTime,
      render: (_: unknown, r: { figures: Figures }) => percent(r.figures.signedOnTime),
    },
    {
      title: s.closedOnTime,
      render: (_: unknown, r: { figures: Figures }) => percent(r.figures.closedOnTime),
    },
    {
      title: s.solvedRate,
      render: (_: unknown, r: { figures: Figures }) => percent(r.figures.solved),
    },
    {
      title: s.satisfactionRate,
      render: (_: unknown, r: { figures: Figures }) => percent(r.figures.satisfaction),
    },
    { title: s.overdue, render: (_: unknown, r: { figures: Figures }) => r.figures.overdue },
    { title: s.reopened, render: (_: unknown, r: { figures: Figures }) => r.figures.reopened },
  ];
  const data = stats.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card
        title={s.stats}
        extra={
          <DatePicker.RangePicker
            value={range}
            allowClear={false}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
          />
        }
        loading={stats.isLoading}
      >
        <Table
          rowKey="key"
          pagination={false}
          dataSource={
            data
              ? [
                  { key: 'total', name: s.total, figures: data.total },
                  ...data.byDepartment.map((d) => ({
                    key: String(d.id),
                    name: d.name ?? '—',
                    figures: d.figures,
                  })),
                ]
              : []
          }
          columns={[{ title: s.department, dataIndex: 'name' }, ...columns]}
        />
      </Card>
      <Card>
        <Table
          rowKey="code"
          pagination={false}
          dataSource={data?.byCategory ?? []}
          columns={[
            { title: s.category, dataIndex: 'code', render: (v: string) => categoryName(v) },
            ...columns,
          ]}
        />
      </Card>
    </Space>
  );
}
