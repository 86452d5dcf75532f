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
export type { IndustryClassRecord } from './reference';
export { loadIndustryClassification } from './reference';
export type {
  IndustryClassRow,
  ScaleThresholdRow,
  NewScaleThresholdRow,
  EnterpriseTagRow,
  IndustryClassFilter,
} from './repositories/reference.repository';
export {
  countIndustryClasses,
  insertIndustryClasses,
  findIndustryClasses,
  findIndustryClassesByCodes,
  listScaleThresholds,
  countScaleThresholds,
  insertScaleThreshold,
  findScaleThreshold,
  updateScaleThreshold,
  listEnterpriseTags,
  findEnterpriseTag,
  upsertEnterpriseTag,
} from './repositories/reference.repository';
export type {
  IndustrialSystemRow,
  ChainTierRow,
  ChainRow,
  NewChainRow,
} from './repositories/industrial-systems.repository';
export {
  listIndustrialSystems,
  findIndustrialSystem,
  findIndustrialSystemByCode,
  insertIndustrialSystem,
  updateIndustrialSystem,
  listTiers,
  findTier,
  insertTier,
  updateTier,
  listChains,
  findChain,
  insertChain,
  updateChain,
  listChainMappings,
  listChainCodes,
  replaceChainCodes,
  countEnterprisesByChain,
} from './repositories/industrial-systems.repository';
export { enterpriseScope } from './repositories/enterprise-scope';
export type {
  EnterpriseRow,
  NewEnterpriseRow,
  ScaleEventRow,
  EnterpriseWithNames,
  EnterpriseChainRow,
  EnterpriseFilter,
} from './repositories/enterprises.repository';
export {
  ENTERPRISE_SORT_COLUMNS,
  findEnterprises,
  findEnterpriseInScope,
  findEnterprisesByUscc,
  insertEnterprise,
  updateEnterprise,
  listEnterpriseChains,
  setAutoChains,
  listEnterpriseClasses,
  addManualChain,
  removeManualChain,
  listScaleEvents,
  insertScaleEvent,
  scaleCategoriesAt,
} from './repositories/enterprises.repository';
export type { EnterpriseStatus } from './schema';
export { ensureReferenceData } from './reference-data';
export type {
  IndicatorRow,
  NewIndicatorRow,
  ReportPeriodRow,
  ReportRow,
  NewReportRow,
  ReportValueRow,
  NewReportValueRow,
  NewValueHistoryRow,
  NewReportEventRow,
  NotificationRow,
  NewNotificationRow,
  ReporterFilter,
  ReporterRow,
  ValueChangeRow,
} from './repositories/reporting.repository';
export {
  listIndicators,
  findIndicator,
  insertIndicators,
  updateIndicator,
  listPeriods,
  findPeriod,
  findCurrentPeriod,
  upsertPeriods,
  inScaleAt,
  findReporters,
  listReporters,
  findReport,
  findReportsOf,
  insertReport,
  insertReports,
  updateReportAtVersion,
  setCountyReportStatus,
  listValues,
  upsertValues,
  deleteValues,
  insertValueHistory,
  insertReportEvents,
  listReportEvents,
  listValueChanges,
  listValuesInScope,
  listLocks,
  isCountyLocked,
  insertLock,
  deleteLock,
  listCountiesInScope,
  insertNotifications,
  listNotifications,
  markNotificationsRead,
  listEnterpriseUsers,
  listCountyOfficers,
} from './repositories/reporting.repository';
export type {
  ProjectRow,
  NewProjectRow,
  ProjectStageEventRow,
  ProjectProgressRow,
  ProjectTaskRow,
  ProjectWithNames,
  ProjectFilter,
  ProjectForCounting,
} from './repositories/projects.repository';
export {
  projectScope,
  PROJECT_SORT_COLUMNS,
  findProjects,
  findProjectInScope,
  findProjectsByCode,
  insertProject,
  updateProject,
  listProjectStageEvents,
  insertProjectStageEvents,
  listProjectProgress,
  upsertProjectProgress,
  insertProjectProgressRows,
  listProjectsForCounting,
  sumProjectInvestment,
  listProjectTasks,
  upsertProjectTask,
} from './repositories/projects.repository';
export type { ProjectTaskMetric } from './schema';
export type {
  LeadRow,
  NewLeadRow,
  LeadEventRow,
  LeadWithNames,
  LeadFilter,
} from './repositories/investment-leads.repository';
export {
  findLeads,
  findLeadInScope,
  insertLead,
  updateLead,
  listLeadEvents,
  insertLeadEvents,
} from './repositories/investment-leads.repository';
export type { AggregateBasis, AggregateDimension } from './schema';
export type { AggregateRow, BandRule, AggregateFilter } from './repositories/analytics.repository';
export {
  refreshAggregates,
  findAggregates,
  findAggregateSeries,
} from './repositories/analytics.repository';
export type { WebhookFormat, DeliveryStatus } from './schema';
export type {
  TicketRow,
  NewTicketRow,
  TicketEventRow,
  NewTicketEventRow,
  TicketCategoryRow,
  RoutingRuleRow,
  RoutingRuleWithPath,
  DeadlineRuleRow,
  VisitRow,
  NewVisitRow,
  VisitWithNames,
  WebhookRow,
  NewWebhookRow,
  DeliveryRow,
  NewDeliveryRow,
  TicketWithNames,
  TicketFilter,
  TicketDepartmentRow,
  TicketEventWithNames,
  CoverageRow,
} from './repositories/services.repository';
export {
  ticketScope,
  listTicketCategories,
  upsertTicketCategory,
  listRoutingRules,
  insertRoutingRules,
  deleteRoutingRule,
  listDeadlineRules,
  insertDeadlineRules,
  listWorkCalendarDays,
  insertWorkCalendarDays,
  findTickets,
  findTicketInScope,
  lockTicket,
  insertTicket,
  updateTicket,
  listTicketDepartments,
  setTicketDepartments,
  insertTicketEvents,
  listTicketEvents,
  ticketFactsInScope,
  openTicketsDueBy,
  assignCommissioner,
  commissionerCoverage,
  insertVisit,
  insertVisits,
  findVisits,
  listWebhooks,
  insertWebhook,
  insertDeliveries,
  dueDeliveries,
  updateDelivery,
  listDeliveries,
  listUsersWithRoleAt,
  listUsersOfEnterprise,
  listEnterprisesOfCategory,
  insertTicketRows,
  insertTicketDepartmentRows,
  insertCommissionerAssignments,
  listDepartments,
  insertAttachment,
  listAttachments,
  listAssignments,
  putDeadlineRule,
} from './repositories/services.repository';
export type { AttachmentRow } from './repositories/services.repository';
