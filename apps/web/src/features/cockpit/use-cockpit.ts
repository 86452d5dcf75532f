import type { TBreakdown, TFigureBasis, TRankQuery } from '@gongyeyun/contract';
import { isPeriodKey, previousPeriod } from '@gongyeyun/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { analyticsApi } from '../../api/analytics-api';
import { useCurrentPeriod } from '../reporting/use-reporting';

/** What the cockpit shows, kept in the address so that a view can be shared and printed. */
export interface CockpitParams {
  /** Undefined while the calendar loads. */
  period: string | undefined;
  unitId: number | undefined;
  basis: TFigureBasis;
}

/**
 * The cockpit's period, unit and basis from the address. Without a period it shows the last
 * period whose reports are in (the one before the period being reported now), as bureaus do.
 */
export function useCockpitParams(): CockpitParams & {
  set: (next: Partial<CockpitParams>) => void;
} {
  const [params, setParams] = useSearchParams();
  const current = useCurrentPeriod();
  const given = params.get('period');
  const fallback = current.data ? previousPeriod(current.data.period) : undefined;
  const period = given && isPeriodKey(given) ? given : fallback;
  const unit = Number(params.get('unitId'));
  const basis: TFigureBasis = params.get('basis') === 'provisional' ? 'provisional' : 'approved';
  const set = useCallback(
    (next: Partial<CockpitParams>) =>
      setParams((old) => {
        const copy = new URLSearchParams(old);
        for (const [key, value] of Object.entries(next)) {
          if (value === undefined) copy.delete(key);
          else copy.set(key, String(value));
        }
        return copy;
      }),
    [setParams],
  );
  return { period, unitId: Number.isInteger(unit) && unit > 0 ? unit : undefined, basis, set };
}

/** The figures of the unit broken down one way (or just its total, with `band`: few rows). */
export const useSummary = (
  p: CockpitParams,
  by: TBreakdown,
  indicator = 'output',
  enabled = true,
) =>
  useQuery({
    queryKey: ['analytics', 'summary', p, by, indicator],
    queryFn: ({ signal }) =>
      analyticsApi.summary(
        { period: p.period, unitId: p.unitId, basis: p.basis, by, indicator },
        signal,
      ),
    enabled: enabled && p.period !== undefined,
    placeholderData: keepPreviousData,
  });

export const useSeries = (
  p: CockpitParams,
  group: { dimension?: string; key?: string } = {},
  indicator = 'output',
) =>
  useQuery({
    queryKey: ['analytics', 'series', p, group, indicator],
    queryFn: ({ signal }) =>
      analyticsApi.series(
        { period: p.period, unitId: p.unitId, basis: p.basis, indicator, ...group },
        signal,
      ),
    enabled: p.period !== undefined,
    placeholderData: keepPreviousData,
  });

export const useMovers = (
  p: CockpitParams,
  direction: TRankQuery['direction'],
  group: { dimension?: string; key?: string } = {},
) =>
  useQuery({
    queryKey: ['analytics', 'movers', p, direction, group],
    queryFn: ({ signal }) =>
      analyticsApi.enterprises(
        {
          period: p.period,
          unitId: p.unitId,
          basis: p.basis,
          rank: 'contribution',
          direction,
          limit: 10,
          ...group,
        },
        signal,
      ),
    enabled: p.period !== undefined,
    placeholderData: keepPreviousData,
  });

export const useOfficialFigures = (p: CockpitParams, unitId: number | undefined) =>
  useQuery({
    queryKey: ['analytics', 'official', p.period, unitId],
    queryFn: ({ signal }) => analyticsApi.official({ period: p.period, unitId }, signal),
    enabled: p.period !== undefined && unitId !== undefined,
  });
