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
  projects,
  projectStageEvents,
  projectProgress,
  projectTasks,
  investmentLeads,
  leadEvents,
};
export type { EnterpriseStatus } from './enterprises.table';

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
  projects,
  projectStageEvents,
  projectProgress,
  projectTasks,
  investmentLeads,
  leadEvents,
};
export type Schema = typeof schema;
export type { ProjectTaskMetric } from './projects.table';
