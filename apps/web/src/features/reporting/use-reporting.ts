import type { TReportForm } from '@gongyeyun/contract';
import { keepPreviousData, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { isApiError } from '../../api/api-error';
import { queryKeys } from '../../api/query-keys';
import type { ReportListQuery } from '../../api/reporting-api';
import { reportingApi } from '../../api/reporting-api';

const noRetryOnApiError = (failureCount: number, error: unknown) =>
  failureCount < 2 && !isApiError(error);

export const useIndicators = () =>
  useQuery({
    queryKey: queryKeys.reporting.indicators,
    queryFn: ({ signal }) => reportingApi.indicators(signal),
  });

export const usePeriods = (year: number) =>
  useQuery({
    queryKey: queryKeys.reporting.periods(year),
    queryFn: ({ signal }) => reportingApi.periods(year, signal),
    placeholderData: keepPreviousData,
  });

export const useCurrentPeriod = () =>
  useQuery({
    queryKey: queryKeys.reporting.currentPeriod,
    queryFn: ({ signal }) => reportingApi.currentPeriod(signal),
    retry: noRetryOnApiError,
  });

export const useValidationConfig = () =>
  useQuery({
    queryKey: queryKeys.reporting.validationConfig,
    queryFn: ({ signal }) => reportingApi.validationConfig(signal),
  });

export const useReportPage = (query: ReportListQuery | null) =>
  useQuery({
    queryKey: queryKeys.reporting.reportList(query ?? { period: '', page: 1, pageSize: 20 }),
    queryFn: ({ signal }) => reportingApi.findReports(query!, signal),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });

/** One enterprise's row in each period given (for an enterprise user's own list). */
export const useOwnReports = (periods: readonly string[]) =>
  useQueries({
    queries: periods.map((period) => ({
      queryKey: queryKeys.reporting.reportList({ period, page: 1, pageSize: 20 }),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        reportingApi.findReports({ period, page: 1, pageSize: 20 }, signal),
    })),
  });

export const useReportForm = (enterpriseId: number, period: string) =>
  useQuery({
    queryKey: queryKeys.reporting.form(enterpriseId, period),
    queryFn: ({ signal }) => reportingApi.form(enterpriseId, period, signal),
    retry: noRetryOnApiError,
    // The form holds what the user types: it must not change under their hands.
    refetchOnWindowFocus: false,
  });

export const useOverview = (period: string | undefined) =>
  useQuery({
    queryKey: queryKeys.reporting.overview(period ?? ''),
    queryFn: ({ signal }) => reportingApi.overview(period ?? '', undefined, signal),
    enabled: period !== undefined,
    placeholderData: keepPreviousData,
  });

/** After a report changed: its form shows the answer at once; lists and rates refresh. */
export function useReportChanged(): (form: TReportForm) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (form) => {
      queryClient.setQueryData(
        queryKeys.reporting.form(form.enterprise.id, form.period.period),
        form,
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.reporting.reportLists });
      void queryClient.invalidateQueries({ queryKey: ['reporting', 'overview'] });
      void queryClient.invalidateQueries({ queryKey: queryKeys.notifications });
    },
    [queryClient],
  );
}

/** After many reports changed (bulk actions, imports, locks): every reporting view refreshes. */
export function useReportingChanged(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await queryClient.invalidateQueries({ queryKey: queryKeys.reporting.all });
    void queryClient.invalidateQueries({ queryKey: queryKeys.notifications });
  }, [queryClient]);
}
