import type { TFindTicketsQuery, TTicketInput, TTicketStepInput } from '@gongyeyun/contract';
import {
  ZCoveragePage,
  ZServiceDepartment,
  ZServiceStats,
  ZTicket,
  ZTicketCategory,
  ZTicketPage,
  ZVisit,
  ZVisitPage,
} from '@gongyeyun/contract';
import { z } from 'zod';
import { apiFetch } from './api-client';

export const servicesApi = {
  categories: (signal?: AbortSignal) =>
    apiFetch('/api/ticket-categories', z.array(ZTicketCategory), { signal }),
  departments: (signal?: AbortSignal) =>
    apiFetch('/api/service-departments', z.array(ZServiceDepartment), { signal }),
  tickets: (query: TFindTicketsQuery, signal?: AbortSignal) =>
    apiFetch('/api/tickets', ZTicketPage, { query, signal }),
  ticket: (id: number, signal?: AbortSignal) => apiFetch(`/api/tickets/${id}`, ZTicket, { signal }),
  file: (body: TTicketInput) => apiFetch('/api/tickets', ZTicket, { method: 'POST', body }),
  step: (id: number, body: TTicketStepInput) =>
    apiFetch(`/api/tickets/${id}/steps`, ZTicket, { method: 'POST', body }),
  stats: (from: string, to: string, signal?: AbortSignal) =>
    apiFetch('/api/service-stats', ZServiceStats, { query: { from, to }, signal }),
  coverage: (
    query: { page: number; pageSize: number; uncovered?: boolean },
    signal?: AbortSignal,
  ) => apiFetch('/api/commissioners/coverage', ZCoveragePage, { query, signal }),
  visits: (query: { page: number; pageSize: number }, signal?: AbortSignal) =>
    apiFetch('/api/visits', ZVisitPage, { query, signal }),
  logVisit: (body: {
    enterpriseId: number;
    visitedOn: string;
    peopleMet: string;
    topics: string;
    problemsFound: string | null;
  }) => apiFetch('/api/visits', ZVisit, { method: 'POST', body }),
};
