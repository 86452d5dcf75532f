import type { TExplainQuery, TRankQuery, TSeriesQuery, TSummaryQuery } from '@gongyeyun/contract';
import {
  ZExplanation,
  ZOfficialFigure,
  ZOfficialImportResult,
  ZRankedEnterprises,
  ZSeries,
  ZSummary,
} from '@gongyeyun/contract';
import { z } from 'zod';
import { apiFetch, apiUpload } from './api-client';

const base = '/api/analytics';

type Query<T> = Partial<Record<keyof T, string | number | undefined>>;

export const analyticsApi = {
  summary: (query: Query<TSummaryQuery>, signal?: AbortSignal) =>
    apiFetch(`${base}/summary`, ZSummary, { query, signal }),
  series: (query: Query<TSeriesQuery>, signal?: AbortSignal) =>
    apiFetch(`${base}/series`, ZSeries, { query, signal }),
  enterprises: (query: Query<TRankQuery>, signal?: AbortSignal) =>
    apiFetch(`${base}/enterprises`, ZRankedEnterprises, { query, signal }),
  explain: (query: Query<TExplainQuery>, signal?: AbortSignal) =>
    apiFetch(`${base}/explain`, ZExplanation, { query, signal }),
  official: (query: { period?: string; unitId?: number }, signal?: AbortSignal) =>
    apiFetch(`${base}/official`, z.array(ZOfficialFigure), { query, signal }),
  importOfficial: (file: File, dryRun: boolean, onUploadProgress?: (fraction: number) => void) => {
    const body = new FormData();
    body.append('file', file);
    return apiUpload(`${base}/official/import`, ZOfficialImportResult, {
      query: { dryRun },
      body,
      onUploadProgress,
    });
  },
  officialTemplateUrl: `${base}/official/template`,
};
