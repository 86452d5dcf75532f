import type {
  TEnterpriseInput,
  TEnterpriseUpdate,
  TFindEnterprisesQuery,
  TScaleEventInput,
} from '@gongyeyun/contract';
import { ZEnterprise, ZEnterprisePage, ZImportResult } from '@gongyeyun/contract';
import { apiFetch, apiUpload, toQueryString } from './api-client';

/** The list's filters and order, without the page: what an export covers. */
export type TEnterpriseExportQuery = Omit<TFindEnterprisesQuery, 'page' | 'pageSize'>;

export const ENTERPRISE_IMPORT_TEMPLATE_URL = '/api/enterprises/import/template';

/** The largest spreadsheet the import accepts (the server enforces the same limit). */
export const ENTERPRISE_IMPORT_MAX_BYTES = 10 * 1024 * 1024;

export const enterprisesApi = {
  find: (query: TFindEnterprisesQuery, signal?: AbortSignal) =>
    apiFetch('/api/enterprises', ZEnterprisePage, { query, signal }),
  /** A plain link: the browser downloads the .xlsx with the session cookie. */
  exportUrl: (query: TEnterpriseExportQuery) => `/api/enterprises/export${toQueryString(query)}`,
  get: (id: number, signal?: AbortSignal) =>
    apiFetch(`/api/enterprises/${id}`, ZEnterprise, { signal }),
  create: (body: TEnterpriseInput) =>
    apiFetch('/api/enterprises', ZEnterprise, { method: 'POST', body }),
  update: (id: number, body: TEnterpriseUpdate) =>
    apiFetch(`/api/enterprises/${id}`, ZEnterprise, { method: 'PATCH', body }),
  addChain: (id: number, chainId: number) =>
    apiFetch(`/api/enterprises/${id}/chains`, ZEnterprise, { method: 'POST', body: { chainId } }),
  removeChain: (id: number, chainId: number) =>
    apiFetch(`/api/enterprises/${id}/chains/${chainId}`, ZEnterprise, { method: 'DELETE' }),
  addScaleEvent: (id: number, body: TScaleEventInput) =>
    apiFetch(`/api/enterprises/${id}/scale-events`, ZEnterprise, { method: 'POST', body }),
  /** Checks (dry run) or writes a spreadsheet; `onUploadProgress` follows the upload. */
  import: (
    file: File,
    options: { dryRun: boolean; onUploadProgress?: (fraction: number) => void },
  ) => {
    const body = new FormData();
    body.append('file', file, file.name);
    return apiUpload('/api/enterprises/import', ZImportResult, {
      query: { dryRun: options.dryRun },
      body,
      onUploadProgress: options.onUploadProgress,
    });
  },
};
