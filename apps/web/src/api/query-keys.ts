import type {
  TFindAuditQuery,
  TFindEnterprisesQuery,
  TFindIndustryClassesQuery,
  TFindOrgUnitsQuery,
  TFindUsersQuery,
} from '@gongyeyun/contract';
import type { ReportListQuery } from './reporting-api';

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
  industryClasses: {
    all: ['industry-classes'] as const,
    /** The codes one level below `parentCode`; '' for the sections. */
    children: (parentCode: string) => ['industry-classes', 'children', parentCode] as const,
    list: (query: TFindIndustryClassesQuery) => ['industry-classes', 'list', query] as const,
  },
  scaleThresholds: ['scale-thresholds'] as const,
  enterpriseTags: ['enterprise-tags'] as const,
  industrialSystems: {
    all: ['industrial-systems'] as const,
    list: ['industrial-systems', 'list'] as const,
    chain: (id: number) => ['industrial-systems', 'chain', id] as const,
  },
  enterprises: {
    all: ['enterprises'] as const,
    lists: ['enterprises', 'list'] as const,
    list: (query: TFindEnterprisesQuery) => ['enterprises', 'list', query] as const,
    detail: (id: number) => ['enterprises', 'detail', id] as const,
  },
  reporting: {
    all: ['reporting'] as const,
    indicators: ['reporting', 'indicators'] as const,
    periods: (year: number) => ['reporting', 'periods', year] as const,
    currentPeriod: ['reporting', 'current-period'] as const,
    validationConfig: ['reporting', 'validation-config'] as const,
    reports: ['reporting', 'reports'] as const,
    reportLists: ['reporting', 'reports', 'list'] as const,
    reportList: (query: ReportListQuery) => ['reporting', 'reports', 'list', query] as const,
    form: (enterpriseId: number, period: string) =>
      ['reporting', 'reports', 'form', enterpriseId, period] as const,
    overview: (period: string) => ['reporting', 'overview', period] as const,
  },
  notifications: ['notifications'] as const,
};
