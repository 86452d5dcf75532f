import type { TCultivationCounts } from '@gongyeyun/contract';
import { useQuery } from '@tanstack/react-query';
import { Select, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { cultivationApi } from '../../api/cultivation-api';
import { useCultivationI18n } from '../../i18n/cultivation-i18n';
import { EChart } from '../../shared/EChart';
import { LoadError } from '../../shared/LoadError';
import { PageSpin } from '../../shared/PageSpin';
import { cultivationKeys } from './use-cultivation';

type County = TCultivationCounts['counties'][number];
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const YEARS = Array.from({ length: 8 }, (_, i) => 2019 + i);

/** 县区概览: entries into and exits from the statistics by county and month. */
export function CountsTab() {
  const { t } = useCultivationI18n();
  const c = t.cultivation;
  const [year, setYear] = useState<number>();
  const query = { year };
  const counts = useQuery({
    queryKey: cultivationKeys.counts(query),
    queryFn: ({ signal }) => cultivationApi.counts(query, signal),
  });
  const data = counts.data;
  const option = useMemo(
    () =>
      data && {
        tooltip: { trigger: 'axis' },
        legend: { bottom: 0, data: [c.entries, c.exits] },
        grid: { left: 40, right: 20, top: 20, bottom: 60 },
        xAxis: { type: 'category', data: data.counties.map((x) => x.countyName) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          {
            name: c.entries,
            type: 'bar',
            barMaxWidth: 40,
            itemStyle: { color: '#389e0d' },
            data: data.counties.map((x) => sum(x.entries)),
          },
          {
            name: c.exits,
            type: 'bar',
            barMaxWidth: 40,
            itemStyle: { color: '#cf1322' },
            data: data.counties.map((x) => sum(x.exits)),
          },
        ],
      },
    [data, c],
  );
  if (counts.isError)
    return <LoadError error={counts.error} onRetry={() => void counts.refetch()} />;
  if (!data || !option) return <PageSpin />;
  const monthColumns = (key: 'entries' | 'exits') =>
    Array.from({ length: 12 }, (_, m) => ({
      title: c.monthN(m + 1),
      key: `${key}-${m}`,
      width: 52,
      align: 'right' as const,
      render: (_: unknown, r: County) => r[key][m] || '',
    }));
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space>
        <Typography.Text>{c.year}</Typography.Text>
        <Select
          value={data.year}
          style={{ width: 100 }}
          options={[...new Set([...YEARS, data.year])].map((y) => ({ value: y, label: String(y) }))}
          onChange={setYear}
          data-testid="counts-year"
        />
        <Typography.Text type="secondary">
          {data.unit.name} · {c.entries} {data.totals.entries} · {c.exits} {data.totals.exits}
        </Typography.Text>
      </Space>
      <EChart option={option} height={260} ariaLabel={c.countsChart} testId="counts-chart" />
      <Table<County>
        rowKey="countyId"
        size="small"
        bordered
        pagination={false}
        data-testid="counts-table"
        dataSource={data.counties}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: c.county, dataIndex: 'countyName', fixed: 'left', width: 100 },
          {
            title: c.entries,
            children: [
              ...monthColumns('entries'),
              {
                title: c.total,
                key: 'entries-total',
                align: 'right',
                render: (_, r) => <strong>{sum(r.entries)}</strong>,
              },
            ],
          },
          {
            title: c.exits,
            children: [
              ...monthColumns('exits'),
              {
                title: c.total,
                key: 'exits-total',
                align: 'right',
                render: (_, r) => <strong>{sum(r.exits)}</strong>,
              },
            ],
          },
          { title: c.candidates, dataIndex: 'candidates', align: 'right' },
          { title: c.cultivating, dataIndex: 'cultivating', align: 'right' },
          { title: c.openWarnings, dataIndex: 'openWarnings', align: 'right' },
        ]}
      />
    </Space>
  );
}
