import type { TFindAuditQuery } from '@gongyeyun/contract';
import { ZAuditPage } from '@gongyeyun/contract';
import { apiFetch } from './api-client';

export const auditApi = {
  find: (query: TFindAuditQuery, signal?: AbortSignal) =>
    apiFetch('/api/audit', ZAuditPage, { query, signal }),
};
