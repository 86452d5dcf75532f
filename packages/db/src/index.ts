export type { Database, DatabaseKind, DbConfig, DbHandle } from './client';
export { createDb, migrationsFolder } from './client';
export { DatabaseLockedError } from './pglite-lock';
export { withinScope } from './scope';
export type { PageRequest, PageResult } from './repositories/paging';
export type {
  OrgUnitRow,
  OrgUnitWithChildren,
  OrgUnitFilter,
  NewOrgUnit,
} from './repositories/org-units.repository';
export {
  findOrgUnits,
  findOrgUnitInScope,
  findOrgUnitById,
  findOrgUnitByCode,
  listOrgUnitsInScope,
  insertOrgUnit,
  updateOrgUnit,
} from './repositories/org-units.repository';
export type { UserRow, NewUserRow, GrantRow, UserFilter } from './repositories/users.repository';
export {
  findUserById,
  findUserByUsername,
  countUsers,
  insertUser,
  updateUser,
  recordFailedLogin,
  listGrants,
  insertGrant,
  deleteGrant,
  findUsers,
  findUserInScope,
} from './repositories/users.repository';
export type { SessionRow, ApiTokenRow } from './repositories/sessions.repository';
export {
  insertSession,
  findLiveSession,
  touchSession,
  deleteSession,
  deleteSessionsOfUser,
  deleteExpiredSessions,
  recordAuthFailure,
  countAuthFailuresSince,
  deleteAuthFailuresBefore,
  insertApiToken,
  listApiTokens,
  findUsableApiToken,
  markApiTokenUsed,
  revokeApiToken,
} from './repositories/sessions.repository';
export type { AuditRow, NewAuditRow, AuditFilter } from './repositories/audit.repository';
export { insertAudit, findAudit } from './repositories/audit.repository';
export {
  getSetting,
  putSetting,
  pingDatabase,
  truncateAllTables,
} from './repositories/settings.repository';
export type { DivisionRecord } from './reference';
export { loadDivisions } from './reference';
export { withAdvisoryLock } from './advisory-lock';
