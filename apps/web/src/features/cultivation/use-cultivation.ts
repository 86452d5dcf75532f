import type { TCandidate } from '@gongyeyun/contract';
import {
  CANDIDATE_STATUS_LABELS,
  CANDIDATE_STATUSES,
  SCALE_CATEGORIES,
  SCALE_CATEGORY_LABELS,
  type CandidateStatus,
} from '@gongyeyun/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { cultivationApi } from '../../api/cultivation-api';
import { useCultivationI18n } from '../../i18n/cultivation-i18n';
import { useOrgUnitChoices } from '../org-units/use-org-unit-choices';

/** Query keys of the cultivation screens (all under one root, invalidated together). */
export const cultivationKeys = {
  all: ['cultivation'] as const,
  candidates: (query: object) => ['cultivation', 'candidates', query] as const,
  candidate: (id: number) => ['cultivation', 'candidate', id] as const,
  warnings: (query: object) => ['cultivation', 'warnings', query] as const,
  warning: (id: number) => ['cultivation', 'warning', id] as const,
  counts: (query: object) => ['cultivation', 'counts', query] as const,
  officers: ['cultivation', 'officers'] as const,
};

export const STATUS_COLOURS: Record<CandidateStatus, string> = {
  watching: 'default',
  cultivating: 'blue',
  filed: 'purple',
  entered: 'green',
  dropped: 'red',
};

/** After any change: every list, page and count of the module loads again. */
export function useCultivationChanged(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.invalidateQueries({ queryKey: cultivationKeys.all }),
    [queryClient],
  );
}

export const useOfficers = () =>
  useQuery({
    queryKey: cultivationKeys.officers,
    queryFn: ({ signal }) => cultivationApi.officers(signal),
    staleTime: 60_000,
  });

/** Select options of the cultivation screens, in the user's language. */
export function useCultivationOptions() {
  const { label } = useCultivationI18n();
  const units = useOrgUnitChoices();
  const officers = useOfficers();
  return useMemo(
    () => ({
      statuses: CANDIDATE_STATUSES.map((s) => ({
        value: s,
        label: label(CANDIDATE_STATUS_LABELS[s]),
      })),
      categories: SCALE_CATEGORIES.map((c) => ({
        value: c,
        label: label(SCALE_CATEGORY_LABELS[c]),
      })),
      counties: units.counties.map((u) => ({ value: u.id, label: u.name })),
      officers: (officers.data ?? []).map((o) => ({ value: o.id, label: o.name })),
    }),
    [label, units.counties, officers.data],
  );
}

/** 1234.5 → "1,234.5" (万元 with one decimal at most). */
export const formatWan = (value: number | null | undefined): string =>
  value === null || value === undefined
    ? '—'
    : value.toLocaleString('zh-CN', { maximumFractionDigits: 1 });

export const formatPercent = (ratio: number | null | undefined, digits = 0): string =>
  ratio === null || ratio === undefined ? '—' : `${(ratio * 100).toFixed(digits)}%`;

export const isOpen = (c: Pick<TCandidate, 'status'>): boolean =>
  c.status !== 'entered' && c.status !== 'dropped';
