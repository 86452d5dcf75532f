import type {
  TFindLeadsQuery,
  TFindProjectsQuery,
  TLeadConvertInput,
  TLeadFunnelQuery,
  TLeadInput,
  TLeadStageInput,
  TProjectInput,
  TProjectProblemInput,
  TProjectProgressInput,
  TProjectStageInput,
  TProjectTaskInput,
} from '@gongyeyun/contract';
import {
  ZImportResult,
  ZLead,
  ZLeadFunnels,
  ZLeadPage,
  ZProject,
  ZProjectPage,
  ZProjectStats,
  ZProjectTask,
  ZTicket,
  ZTicketListItem,
} from '@gongyeyun/contract';
import { z } from 'zod';
import { apiFetch, apiUpload, toQueryString } from './api-client';

export const PROJECT_IMPORT_TEMPLATE_URL = '/api/projects/import/template';

export const projectsApi = {
  find: (query: TFindProjectsQuery, signal?: AbortSignal) =>
    apiFetch('/api/projects', ZProjectPage, { query, signal }),
  exportUrl: (query: Omit<TFindProjectsQuery, 'page' | 'pageSize'>) =>
    `/api/projects/export${toQueryString(query)}`,
  get: (id: number, signal?: AbortSignal) => apiFetch(`/api/projects/${id}`, ZProject, { signal }),
  create: (body: TProjectInput) => apiFetch('/api/projects', ZProject, { method: 'POST', body }),
  addStage: (id: number, body: TProjectStageInput) =>
    apiFetch(`/api/projects/${id}/stages`, ZProject, { method: 'POST', body }),
  reportProgress: (id: number, body: TProjectProgressInput) =>
    apiFetch(`/api/projects/${id}/progress`, ZProject, { method: 'POST', body }),
  problems: (id: number, signal?: AbortSignal) =>
    apiFetch(`/api/projects/${id}/problems`, z.array(ZTicketListItem), { signal }),
  raiseProblem: (id: number, body: TProjectProblemInput) =>
    apiFetch(`/api/projects/${id}/problems`, ZTicket, { method: 'POST', body }),
  import: (file: File, options: { dryRun: boolean }) => {
    const body = new FormData();
    body.append('file', file, file.name);
    return apiUpload('/api/projects/import', ZImportResult, {
      query: { dryRun: options.dryRun },
      body,
    });
  },
  tasks: (year: number, signal?: AbortSignal) =>
    apiFetch('/api/project-tasks', z.array(ZProjectTask), { query: { year }, signal }),
  putTask: (body: TProjectTaskInput) =>
    apiFetch('/api/project-tasks', z.array(ZProjectTask), { method: 'POST', body }),
  stats: (year: number, orgUnitId: number | undefined, signal?: AbortSignal) =>
    apiFetch('/api/project-stats', ZProjectStats, { query: { year, orgUnitId }, signal }),
};

export const leadsApi = {
  find: (query: TFindLeadsQuery, signal?: AbortSignal) =>
    apiFetch('/api/leads', ZLeadPage, {
      query: {
        ...query,
        isOverdue: query.isOverdue === undefined ? undefined : String(query.isOverdue),
      },
      signal,
    }),
  funnel: (query: TLeadFunnelQuery, signal?: AbortSignal) =>
    apiFetch('/api/leads/funnel', ZLeadFunnels, { query, signal }),
  create: (body: TLeadInput) => apiFetch('/api/leads', ZLead, { method: 'POST', body }),
  addStage: (id: number, body: TLeadStageInput) =>
    apiFetch(`/api/leads/${id}/stages`, ZLead, { method: 'POST', body }),
  convert: (id: number, body: Partial<TLeadConvertInput>) =>
    apiFetch(`/api/leads/${id}/convert`, z.object({ projectId: z.number().int() }), {
      method: 'POST',
      body,
    }),
};
