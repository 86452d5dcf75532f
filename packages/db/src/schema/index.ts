import { officialFigures, reportAggregates } from './analytics.table';
import { publishedRankings, rankingSchemes, targetActuals, targets } from './targets.table';
import { apiTokens, authFailures, sessions } from './auth.table';
import { auditLog } from './audit.table';
import { orgUnits } from './org-units.table';
import { settings } from './settings.table';
import { roleGrants, users } from './users.table';
import { industryClasses, scaleThresholds } from './reference.table';
import {
  chainIndustryCodes,
  chains,
  chainTiers,
  industrialSystems,
} from './industrial-systems.table';
import {
  enterpriseChains,
  enterprises,
  enterpriseScaleEvents,
  enterpriseTags,
} from './enterprises.table';
import {
  indicators,
  notifications,
  periodLocks,
  reportEvents,
  reportPeriods,
  reports,
  reportValueHistory,
  reportValues,
} from './reporting.table';
import {
  investmentLeads,
  leadEvents,
  projectProgress,
  projects,
  projectStageEvents,
  projectTasks,
} from './projects.table';

export {
  apiTokens,
  authFailures,
  sessions,
  auditLog,
  orgUnits,
  settings,
  roleGrants,
  users,
  industryClasses,
  scaleThresholds,
  industrialSystems,
  chainTiers,
  chains,
  chainIndustryCodes,
  enterprises,
  enterpriseTags,
  enterpriseChains,
  enterpriseScaleEvents,
  indicators,
  reportPeriods,
  periodLocks,
  reports,
  reportValues,
  reportValueHistory,
  reportEvents,
  notifications,
  projects,
  projectStageEvents,
  projectProgress,
  projectTasks,
  investmentLeads,
  leadEvents,
  reportAggregates,
  officialFigures,
  targets,
  targetActuals,
  rankingSchemes,
  publishedRankings,
};
export type { EnterpriseStatus } from './enterprises.table';
export type { ReportValueField, ReportValueSource } from './reporting.table';
export type { AggregateBasis, AggregateDimension, OfficialFigureKind } from './analytics.table';

export const schema = {
  apiTokens,
  authFailures,
  sessions,
  auditLog,
  orgUnits,
  settings,
  roleGrants,
  users,
  industryClasses,
  scaleThresholds,
  industrialSystems,
  chainTiers,
  chains,
  chainIndustryCodes,
  enterprises,
  enterpriseTags,
  enterpriseChains,
  enterpriseScaleEvents,
  indicators,
  reportPeriods,
  periodLocks,
  reports,
  reportValues,
  reportValueHistory,
  reportEvents,
  notifications,
  projects,
  projectStageEvents,
  projectProgress,
  projectTasks,
  investmentLeads,
  leadEvents,
  reportAggregates,
  officialFigures,
  targets,
  targetActuals,
  rankingSchemes,
  publishedRankings,
};
export type Schema = typeof schema;
export type { ProjectTaskMetric } from './projects.table';
