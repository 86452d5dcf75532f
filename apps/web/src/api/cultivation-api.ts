import type { TBand, TCandidateMoveInput, TRevenueInput } from '@gongyeyun/contract';
import type { CandidateStatus, ExitWarningRule, ScaleCategory } from '@gongyeyun/core';
import {
  ZBand,
  ZCandidateDetail,
  ZCandidatesPage,
  ZCultivationCounts,
  ZOfficerOption,
  ZRefreshResult,
  ZWarningDetail,
  ZWarningsPage,
} from '@gongyeyun/contract';
import { z } from 'zod';
import { apiFetch, toQueryString } from './api-client';

/** Filters of the seed bank as the browser sends them (ZCandidatesQuery). */
export interface CandidateFilters {
  [key: string]: string | number | undefined;
  unitId?: number;
  through?: string;
  status?: CandidateStatus;
  category?: ScaleCategory;
  projectedBy?: string;
  all?: 'true' | 'false';
}

/** Filters of the exit warnings (ZWarningsQuery). */
export interface WarningFilters {
  [key: string]: string | number | undefined;
  unitId?: number;
  through?: string;
  status?: 'open' | 'closed' | 'all';
  rule?: ExitWarningRule;
}

export const cultivationApi = {
  band: (signal?: AbortSignal) => apiFetch('/api/cultivation/band', ZBand, { signal }),
  putBand: (body: TBand) => apiFetch('/api/cultivation/band', ZBand, { method: 'PUT', body }),
  candidates: (query: CandidateFilters, signal?: AbortSignal) =>
    apiFetch('/api/cultivation/candidates', ZCandidatesPage, { query, signal }),
  /** A plain link: the browser downloads the .xlsx with the session cookie. */
  candidatesExportUrl: (query: CandidateFilters) =>
    `/api/cultivation/candidates/export${toQueryString(query)}`,
  candidate: (id: number, signal?: AbortSignal) =>
    apiFetch(`/api/cultivation/candidates/${id}`, ZCandidateDetail, { signal }),
  nominate: (body: { enterpriseId: number; reason: string }) =>
    apiFetch('/api/cultivation/candidates', z.object({ id: z.number().int() }), {
      method: 'POST',
      body,
    }),
  move: (id: number, body: TCandidateMoveInput) =>
    apiFetch(`/api/cultivation/candidates/${id}/status`, null, { method: 'POST', body }),
  addAction: (id: number, text: string) =>
    apiFetch(`/api/cultivation/candidates/${id}/actions`, null, {
      method: 'POST',
      body: { text },
    }),
  enterRevenue: (enterpriseId: number, body: TRevenueInput) =>
    apiFetch(`/api/cultivation/revenues/${enterpriseId}`, z.object({ months: z.number() }), {
      method: 'PUT',
      body,
    }),
  refresh: (body: { unitId?: number }) =>
    apiFetch('/api/cultivation/refresh', ZRefreshResult, { method: 'POST', body }),
  warnings: (query: WarningFilters, signal?: AbortSignal) =>
    apiFetch('/api/cultivation/warnings', ZWarningsPage, { query, signal }),
  warningsExportUrl: (query: WarningFilters) =>
    `/api/cultivation/warnings/export${toQueryString(query)}`,
  warning: (id: number, signal?: AbortSignal) =>
    apiFetch(`/api/cultivation/warnings/${id}`, ZWarningDetail, { signal }),
  assignWarning: (id: number, officerId: number) =>
    apiFetch(`/api/cultivation/warnings/${id}/assign`, null, {
      method: 'POST',
      body: { officerId },
    }),
  noteWarning: (id: number, text: string) =>
    apiFetch(`/api/cultivation/warnings/${id}/notes`, null, { method: 'POST', body: { text } }),
  closeWarning: (id: number, reason: string) =>
    apiFetch(`/api/cultivation/warnings/${id}/close`, null, {
      method: 'POST',
      body: { reason },
    }),
  counts: (query: { unitId?: number; year?: number }, signal?: AbortSignal) =>
    apiFetch('/api/cultivation/counts', ZCultivationCounts, { query, signal }),
  officers: (signal?: AbortSignal) =>
    apiFetch('/api/cultivation/officers', z.array(ZOfficerOption), { signal }),
};
