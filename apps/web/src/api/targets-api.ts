import type { TActualInput, TPublishInput, TSplitInput, TTargetInput } from '@gongyeyun/contract';
import { ZRanking, ZScheme, ZTargetsPage } from '@gongyeyun/contract';
import { z } from 'zod';
import { apiFetch, toQueryString } from './api-client';

export const targetsApi = {
  page: (query: { year: number; period?: string }, signal?: AbortSignal) =>
    apiFetch('/api/targets', ZTargetsPage, { query, signal }),
  create: (body: TTargetInput) =>
    apiFetch('/api/targets', z.object({ id: z.number().int() }), { method: 'POST', body }),
  split: (id: number, body: TSplitInput) =>
    apiFetch(`/api/targets/${id}/parts`, null, { method: 'PUT', body }),
  enterActual: (id: number, body: TActualInput) =>
    apiFetch(`/api/targets/${id}/actuals`, null, { method: 'PUT', body }),
  schemes: (year: number, signal?: AbortSignal) =>
    apiFetch('/api/rankings/schemes', z.array(ZScheme), { query: { year }, signal }),
  preview: (schemeId: number, period: string | undefined, signal?: AbortSignal) =>
    apiFetch('/api/rankings/preview', ZRanking, { query: { schemeId, period }, signal }),
  published: (schemeId: number, signal?: AbortSignal) =>
    apiFetch('/api/rankings/published', z.array(ZRanking), { query: { schemeId }, signal }),
  publish: (body: TPublishInput) =>
    apiFetch('/api/rankings/publish', ZRanking, { method: 'POST', body }),
  /** Plain links: the browser downloads the .xlsx with the session cookie. */
  exportUrl: (query: { year: number; period?: string }) =>
    `/api/targets/export${toQueryString(query)}`,
  rankingExportUrl: (id: number) => `/api/rankings/published/${id}/export`,
};
