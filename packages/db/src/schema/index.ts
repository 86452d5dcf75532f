import { apiTokens, authFailures, sessions } from './auth.table';
import { auditLog } from './audit.table';
import { orgUnits } from './org-units.table';
import { settings } from './settings.table';
import { roleGrants, users } from './users.table';

export { apiTokens, authFailures, sessions, auditLog, orgUnits, settings, roleGrants, users };

export const schema = {
  apiTokens,
  authFailures,
  sessions,
  auditLog,
  orgUnits,
  settings,
  roleGrants,
  users,
};
export type Schema = typeof schema;
