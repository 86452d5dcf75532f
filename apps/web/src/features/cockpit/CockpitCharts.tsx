import type { TSeries, TSummary } from '@gongyeyun/contract';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useCockpitI18n } from '../../i18n/cockpit-i18n';
import { EChart } from '../../shared/EChart';
import { useExplain } from './ExplainDrawer';
import { chartValue } from './figures';
import { figureRef } from './FigureTable';
import type { CockpitParams } from './use-cockpit';

const RED = '#cf1322';
const GREEN = '#389e0d';
const BLUE = '#1677ff';

/** Month by month: the month's value as bars, growth year to date as a line. */
export function TrendChart({ series, params }: { series: TSeries; params: CockpitParams }) {
  const { t, label } = useCockpitI18n();
  const c = t.cockpit;
  const explain = useExplain();
  const option = useMemo<EChartsCoreOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { data: [c.trendMonth, c.trendYtd] },
      grid: { left: 60, right: 50, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: series.points.map((p) => p.period) },
      yAxis: [
        { type: 'value', name: label(series.indicator.unit) },
        { type: 'value', name: '%', splitLine: { show: false } },
      ],
      series: [
        {
          name: c.trendMonth,
          type: 'bar',
          data: series.points.map((p) => p.month),
          itemStyle: { color: BLUE },
        },
        {
          name: c.trendYtd,
          type: 'line',
          yAxisIndex: 1,
          data: series.points.map((p) => chartValue(p.growth)),
          itemStyle: { color: RED },
          connectNulls: false,
        },
      ],
    }),
    [series, c, label],
  );
  return (
    <EChart
      option={option}
      height={300}
      testId="chart-trend"
      ariaLabel={c.trend}
      onItemClick={(i) => {
        const point = series.points[i];
        if (point)
          explain({
            period: point.period,
            indicator: series.indicator.code,
            unitId: series.unit.id,
            basis: params.basis,
            figure: 'growth',
          });
      }}
    />
  );
}

/** Growth of each row, sorted, red up and green down; a bar opens its explanation. */
export function GrowthBars({
  summary,
  params,
  testId,
}: {
  summary: TSummary;
  params: CockpitParams;
  testId: string;
}) {
  const { label } = useCockpitI18n();
  const explain = useExplain();
  const rows = useMemo(
    () =>
      [...summary.rows]
        .filter((r) => r.growth.value !== null)
        .sort((a, b) => (a.growth.value ?? 0) - (b.growth.value ?? 0)),
    [summary],
  );
  const option = useMemo<EChartsCoreOption>(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => `${String(v)}%` },
      grid: { left: 140, right: 40, top: 10, bottom: 20 },
      xAxis: { type: 'value', name: '%' },
      yAxis: { type: 'category', data: rows.map((r) => label(r.name)) },
      series: [
        {
          type: 'bar',
          data: rows.map((r) => ({
            value: chartValue(r.growth),
            itemStyle: { color: (r.growth.value ?? 0) >= 0 ? RED : GREEN },
          })),
          label: { show: true, position: 'right', formatter: '{c}%' },
          markLine: {
            symbol: 'none',
            data: [{ xAxis: chartValue(summary.total.growth) ?? 0 }],
            lineStyle: { type: 'dashed' },
          },
        },
      ],
    }),
    [rows, summary, label],
  );
  return (
    <EChart
      option={option}
      height={Math.max(180, rows.length * 28 + 40)}
      testId={testId}
      onItemClick={(i) => {
        const row = rows[i];
        if (row) explain(figureRef(summary, params, row, 'growth'));
      }}
    />
  );
}

/**
 * Pulls (拉动) of the rows as a waterfall from zero to the total growth rate. Where the rows
 * do not partition the whole (chains overlap), the difference is a bar of its own.
 */
export function PullWaterfall({ summary, params }: { summary: TSummary; params: CockpitParams }) {
  const { t, label } = useCockpitI18n();
  const c = t.cockpit;
  const explain = useExplain();
  const { option, rows } = useMemo(() => {
    const rows = [...summary.rows]
      .filter((r) => r.pull.value !== null)
      .sort((a, b) => (b.pull.value ?? 0) - (a.pull.value ?? 0));
    const pulls = rows.map((r) => chartValue(r.pull) ?? 0);
    const total = chartValue(summary.total.growth) ?? 0;
    const rest = Math.round((total - pulls.reduce((a, b) => a + b, 0)) * 10) / 10;
    const steps = summary.partition || rest === 0 ? pulls : [...pulls, rest];
    const names = [
      ...rows.map((r) => label(r.name)),
      ...(steps.length > pulls.length ? [c.rest] : []),
      c.total,
    ];
    const bases: number[] = [];
    const heights: { value: number; itemStyle: { color: string }; label: { formatter: string } }[] =
      [];
    let level = 0;
    for (const step of steps) {
      bases.push(step >= 0 ? level : level + step);
      heights.push({
        value: Math.abs(step),
        itemStyle: { color: step >= 0 ? RED : GREEN },
        label: { formatter: step.toFixed(1) },
      });
      level += step;
    }
    bases.push(Math.min(0, total));
    heights.push({
      value: Math.abs(total),
      itemStyle: { color: BLUE },
      label: { formatter: total.toFixed(1) },
    });
    const option: EChartsCoreOption = {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 50, right: 20, top: 20, bottom: 80 },
      xAxis: { type: 'category', data: names, axisLabel: { rotate: 35, interval: 0 } },
      yAxis: { type: 'value', name: c.columns.pull },
      series: [
        {
          type: 'bar',
          stack: 'w',
          data: bases,
          itemStyle: { color: 'transparent' },
          tooltip: { show: false },
        },
        { type: 'bar', stack: 'w', data: heights, label: { show: true, position: 'top' } },
      ],
    };
    return { option, rows };
  }, [summary, c, label]);
  return (
    <EChart
      option={option}
      height={320}
      testId="chart-pull"
      ariaLabel={c.pullByChain}
      onItemClick={(i) => {
        const row = rows[i];
        if (row) explain(figureRef(summary, params, row, 'pull'));
      }}
    />
  );
}

/** Year-to-date output by tier as a ring; a slice opens its share's explanation. */
export function TierMix({ summary, params }: { summary: TSummary; params: CockpitParams }) {
  const { t, label } = useCockpitI18n();
  const explain = useExplain();
  const option = useMemo<EChartsCoreOption>(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}: {d}%' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['40%', '68%'],
          data: summary.rows.map((r) => ({ name: label(r.name), value: r.ytd ?? 0 })),
          label: { formatter: '{b}\n{d}%' },
        },
      ],
    }),
    [summary, label],
  );
  return (
    <EChart
      option={option}
      height={280}
      testId="chart-tiers"
      ariaLabel={t.cockpit.tierMix}
      onItemClick={(i) => {
        const row = summary.rows[i];
        if (row) explain(figureRef(summary, params, row, 'share'));
      }}
    />
  );
}
