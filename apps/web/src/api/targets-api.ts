import type { TPublishInput } from '@gongyeyun/contract';
import { ZRanking, ZScheme, ZTargetsPage } from '@gongyeyun/contract';
import { z } from 'zod';
import { apiFetch } from './api-client';

export const targetsApi = {
  page: (query: { year: number; period?: string }, signal?: AbortSignal) =>
    apiFetch('/api/targets', ZTargetsPage, { query, signal }),
  schemes: (year: number, signal?: AbortSignal) =>
    apiFetch('/api/rankings/schemes', z.array(ZScheme), { query: { year }, signal }),
  preview: (schemeId: number, period: string | undefined, signal?: AbortSignal) =>
    apiFetch('/api/rankings/preview', ZRanking, { query: { schemeId, period }, signal }),
  published: (schemeId: number, signal?: AbortSignal) =>
    apiFetch('/api/rankings/published', z.array(ZRanking), { query: { schemeId }, signal }),
  publish: (body: TPublishInput) =>
    apiFetch('/api/rankings/publish', ZRanking, { method: 'POST', body }),
};
