import type {
  TCreateOrgUnitRequest,
  TFindOrgUnitsQuery,
  TUpdateOrgUnitRequest,
} from '@gongyeyun/contract';
import { ZOrgUnit, ZOrgUnitPage, ZOrgUnitTree } from '@gongyeyun/contract';
import { apiFetch } from './api-client';

export const orgUnitsApi = {
  getTree: (signal?: AbortSignal) => apiFetch('/api/org-units/tree', ZOrgUnitTree, { signal }),
  find: (query: TFindOrgUnitsQuery, signal?: AbortSignal) =>
    apiFetch('/api/org-units', ZOrgUnitPage, { query, signal }),
  get: (id: number, signal?: AbortSignal) => apiFetch(`/api/org-units/${id}`, ZOrgUnit, { signal }),
  create: (body: TCreateOrgUnitRequest) =>
    apiFetch('/api/org-units', ZOrgUnit, { method: 'POST', body }),
  update: (id: number, body: TUpdateOrgUnitRequest) =>
    apiFetch(`/api/org-units/${id}`, ZOrgUnit, { method: 'PATCH', body }),
};
