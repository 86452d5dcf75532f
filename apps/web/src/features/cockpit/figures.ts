import {
  toRate,
  type TAnalyticsIndicator,
  type TFigureBasis,
  type TRateValue,
} from '@gongyeyun/contract';
import {
  formatAmount,
  formatGrowth,
  formatPercent,
  formatPoints,
  roundPercent,
  type FigureUnit,
} from '@gongyeyun/core';

/** The unit amounts of an indicator are written in: money in 万元 is shown in 亿元 from 1亿 up. */
export const unitOf = (indicator: TAnalyticsIndicator): FigureUnit =>
  indicator.unit.zh === '万元' ? 'wan_yuan' : indicator.unit;

export const amountText = (value: number | null, indicator: TAnalyticsIndicator) =>
  formatAmount(value, unitOf(indicator));
export const growthText = (v: TRateValue) => formatGrowth(toRate(v));
export const percentText = (v: TRateValue) => formatPercent(toRate(v));
export const pointsText = (v: TRateValue) => formatPoints(toRate(v));

/** A rate rounded for a chart (one decimal), or null where it is undefined. */
export const chartValue = (v: TRateValue): number | null =>
  v.value === null ? null : roundPercent(v.value);

/** Red for growth, green for decline, as Chinese dashboards colour them. */
export const rateColor = (v: TRateValue): string | undefined =>
  v.value === null ? undefined : v.value >= 0 ? '#cf1322' : '#389e0d';

/** What the explain drawer is asked about: a group of a unit and one of its figures. */
export interface FigureRef {
  period: string;
  indicator: string;
  unitId?: number;
  basis: TFigureBasis;
  dimension?: 'total' | 'chain' | 'tier' | 'division' | 'band';
  key?: string;
  partUnitId?: number;
  figure: 'ytd' | 'growth' | 'changePoints' | 'contribution' | 'pull' | 'share' | 'enterprises';
}
