import { isPeriodKey, parsePeriod, periodsOfYear } from '@gongyeyun/core';
import { Flex, Select } from 'antd';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useReportingI18n } from '../../i18n/reporting-i18n';
import { usePeriodName } from './reporting-labels';
import { useCurrentPeriod, usePeriods } from './use-reporting';

const FIRST_YEAR = 2015;

/** A year, then one of its eleven periods (the calendar's, or the standard ones before it is set). */
export function PeriodPicker({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (period: string) => void;
}) {
  const { t } = useReportingI18n();
  const periodName = usePeriodName();
  const thisYear = new Date().getFullYear();
  const year = (value ? parsePeriod(value)?.year : undefined) ?? thisYear;
  const periods = usePeriods(year);
  const defined = periods.data ?? [];
  const keys = defined.length > 0 ? defined.map((p) => p.period) : periodsOfYear(year);
  const phaseOf = new Map(defined.map((p) => [p.period, p.phase]));
  const years: number[] = [];
  for (let y = Math.max(thisYear, year) + 1; y >= Math.min(FIRST_YEAR, year); y--) years.push(y);

  return (
    <Flex gap="small" wrap>
      <Select<number>
        aria-label={t.reporting.year}
        data-testid="period-year"
        style={{ width: 110 }}
        value={year}
        onChange={(next) => {
          const month = value ? (parsePeriod(value)?.month ?? 2) : 2;
          onChange(`${next}-${String(month).padStart(2, '0')}`);
        }}
        options={years.map((y) => ({ value: y, label: t.reporting.yearOption(y) }))}
      />
      <Select<string>
        aria-label={t.reporting.period}
        data-testid="period-select"
        style={{ width: 200 }}
        value={value}
        loading={periods.isFetching}
        onChange={onChange}
        options={keys.map((key) => {
          const phase = phaseOf.get(key);
          return {
            value: key,
            label: phase ? `${periodName(key)} · ${t.reporting.phases[phase]}` : periodName(key),
          };
        })}
      />
    </Flex>
  );
}

/**
 * The period a page shows, kept in the address (`?period=2021-06`), the one open now when none is
 * given. Changing it keeps the page's other parameters except the page number.
 */
export function usePeriodParam(): {
  period: string | undefined;
  setPeriod: (period: string) => void;
  isPending: boolean;
} {
  const [params, setParams] = useSearchParams();
  const current = useCurrentPeriod();
  const given = params.get('period');
  const period = given && isPeriodKey(given) ? given : current.data?.period;
  const setPeriod = useCallback(
    (next: string) =>
      setParams((old) => {
        const copy = new URLSearchParams(old);
        copy.set('period', next);
        copy.delete('page');
        return copy;
      }),
    [setParams],
  );
  return { period, setPeriod, isPending: period === undefined && current.isPending };
}
