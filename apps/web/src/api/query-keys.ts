import type { TFindAuditQuery, TFindOrgUnitsQuery, TFindUsersQuery } from '@gongyeyun/contract';

/** One place for TanStack Query keys, so invalidation after a change hits every view of it. */
export const queryKeys = {
  me: ['me'] as const,
  orgUnits: {
    all: ['org-units'] as const,
    tree: ['org-units', 'tree'] as const,
    detail: (id: number) => ['org-units', 'detail', id] as const,
    list: (query: TFindOrgUnitsQuery) => ['org-units', 'list', query] as const,
  },
  users: {
    all: ['users'] as const,
    lists: ['users', 'list'] as const,
    detail: (id: number) => ['users', 'detail', id] as const,
    list: (query: TFindUsersQuery) => ['users', 'list', query] as const,
  },
  audit: {
    all: ['audit'] as const,
    list: (query: TFindAuditQuery) => ['audit', 'list', query] as const,
  },
  tokens: ['tokens'] as const,
};
