import type {
  TEnterpriseTagInput,
  TFindIndustryClassesQuery,
  TScaleThresholdInput,
} from '@gongyeyun/contract';
import { ZEnterpriseTag, ZIndustryClassPage, ZScaleThreshold } from '@gongyeyun/contract';
import { z } from 'zod';
import { apiFetch } from './api-client';

const ZScaleThresholdList = z.array(ZScaleThreshold);
const ZEnterpriseTagList = z.array(ZEnterpriseTag);

/** A tag's code is its identity: a change names it in the path, never in the body. */
export type TEnterpriseTagChange = Partial<Omit<TEnterpriseTagInput, 'code'>>;

export const industryClassesApi = {
  find: (query: TFindIndustryClassesQuery, signal?: AbortSignal) =>
    apiFetch('/api/industry-classes', ZIndustryClassPage, { query, signal }),
};

export const scaleThresholdsApi = {
  list: (signal?: AbortSignal) =>
    apiFetch('/api/scale-thresholds', ZScaleThresholdList, { signal }),
  create: (body: TScaleThresholdInput) =>
    apiFetch('/api/scale-thresholds', ZScaleThreshold, { method: 'POST', body }),
  update: (id: number, body: Partial<TScaleThresholdInput>) =>
    apiFetch(`/api/scale-thresholds/${id}`, ZScaleThreshold, { method: 'PATCH', body }),
};

export const enterpriseTagsApi = {
  list: (signal?: AbortSignal) => apiFetch('/api/enterprise-tags', ZEnterpriseTagList, { signal }),
  create: (body: TEnterpriseTagInput) =>
    apiFetch('/api/enterprise-tags', ZEnterpriseTag, { method: 'POST', body }),
  update: (code: string, body: TEnterpriseTagChange) =>
    apiFetch(`/api/enterprise-tags/${encodeURIComponent(code)}`, ZEnterpriseTag, {
      method: 'PATCH',
      body,
    }),
};
