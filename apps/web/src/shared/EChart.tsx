import { BarChart, FunnelChart, LineChart, PieChart } from 'echarts/charts';
import {
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import type { EChartsCoreOption } from 'echarts/core';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only the parts the screens use are bundled (tree-shaken ECharts).
use([
  BarChart,
  FunnelChart,
  LineChart,
  PieChart,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export interface EChartProps {
  option: EChartsCoreOption;
  height?: number;
  /** For browser tests and accessibility: what the chart shows, in words. */
  ariaLabel?: string;
  testId?: string;
  /** Called with the index of the clicked item in its category (bar, point or slice). */
  onItemClick?: (dataIndex: number) => void;
}

/**
 * One ECharts canvas. The chart is created once, updated when `option` changes (not merged: the
 * option given is the whole picture) and resized with its container.
 */
export function EChart({ option, height = 320, ariaLabel, testId, onItemClick }: EChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);

  useEffect(() => {
    const el = element.current;
    if (!el) return;
    const instance = init(el);
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onItemClick) return;
    const handler = (params: { dataIndex?: number }) => {
      if (typeof params.dataIndex === 'number') onItemClick(params.dataIndex);
    };
    instance.on('click', handler);
    return () => {
      instance.off('click', handler);
    };
  }, [onItemClick]);

  return (
    <div
      ref={element}
      role="img"
      aria-label={ariaLabel}
      data-testid={testId}
      style={{ width: '100%', height }}
    />
  );
}
