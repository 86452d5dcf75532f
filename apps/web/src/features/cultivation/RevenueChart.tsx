import type { TCandidateDetail } from '@gongyeyun/contract';
import { Empty } from 'antd';
import { useMemo } from 'react';
import { useCultivationI18n } from '../../i18n/cultivation-i18n';
import { EChart } from '../../shared/EChart';

/**
 * Monthly revenue (bars) with the trailing-12-month sum (line) against the threshold
 * (a flat line), over the 24 months ending with the month judged.
 */
export function RevenueChart({
  series,
  threshold,
  name,
  testId,
}: {
  series: TCandidateDetail['series'];
  threshold: number | null;
  name: string;
  testId: string;
}) {
  const { t } = useCultivationI18n();
  const c = t.cultivation;
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: {
        bottom: 0,
        data: [c.monthly, c.trailing, ...(threshold === null ? [] : [c.thresholdLine])],
      },
      grid: { left: 60, right: 70, top: 40, bottom: 60 },
      xAxis: { type: 'category', data: series.map((p) => p.month) },
      yAxis: [
        { type: 'value', name: c.monthly },
        { type: 'value', name: c.trailing },
      ],
      series: [
        { name: c.monthly, type: 'bar', data: series.map((p) => p.revenue) },
        {
          name: c.trailing,
          type: 'line',
          yAxisIndex: 1,
          connectNulls: false,
          data: series.map((p) => p.trailing12),
        },
        ...(threshold === null
          ? []
          : [
              {
                name: c.thresholdLine,
                type: 'line',
                yAxisIndex: 1,
                symbol: 'none',
                lineStyle: { type: 'dashed', color: '#cf1322' },
                itemStyle: { color: '#cf1322' },
                data: series.map(() => threshold),
              },
            ]),
      ],
    }),
    [series, threshold, c],
  );
  if (series.every((p) => p.revenue === null)) return <Empty description={c.noRevenue} />;
  return <EChart option={option} height={300} ariaLabel={c.chartAria(name)} testId={testId} />;
}
