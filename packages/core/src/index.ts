export type { Result } from './common/result';
export { ok, err, exhaustiveSwitchError } from './common/result';
export type { Locale, LocalizedText } from './common/locale';
export { LOCALES, DEFAULT_LOCALE, pickText } from './common/locale';
export type { Role, Module, Permission } from './access/roles';
export {
  ROLES,
  ROLE_LABELS,
  MODULES,
  rolePermission,
  isReadOnlyRole,
  isEnterpriseRole,
  modulesFor,
  can,
} from './access/roles';
export type { Scope } from './access/scope';
export {
  EMPTY_SCOPE,
  rootPath,
  childPath,
  pathIds,
  isWithinPath,
  makeScope,
  isOrgUnitInScope,
  isScopeWithin,
} from './access/scope';
export type { PasswordProblem } from './access/password-policy';
export {
  checkPassword,
  PASSWORD_PROBLEM_TEXT,
  PASSWORD_MIN_LENGTH,
  PASSWORD_MAX_LENGTH,
} from './access/password-policy';
export type { OrgUnitKind } from './org/org-unit-kind';
export {
  ORG_UNIT_KINDS,
  ORG_UNIT_KIND_LABELS,
  canBeChildOf,
  isValidOrgUnitCode,
} from './org/org-unit-kind';
export type { UsccRule, UsccError, UsccParts, UsccResult, ValidateUsccOptions } from './uscc/uscc';
export {
  USCC_LENGTH,
  USCC_ALPHABET,
  USCC_WEIGHTS,
  ORGANISATION_CODE_WEIGHTS,
  normalizeUscc,
  validateUscc,
  computeUsccCheckChar,
  computeOrganisationCheckChar,
} from './uscc/uscc';
export type { UsccRegisteringBody, UsccRegisteringBodyInfo } from './uscc/uscc-registering-bodies';
export {
  USCC_REGISTERING_BODY_CODES,
  USCC_REGISTERING_BODIES,
  isUsccRegisteringBody,
  isUsccKindAllowed,
  usccKindLabel,
} from './uscc/uscc-registering-bodies';
export type { MakeUsccInput } from './uscc/make-uscc';
export { makeUscc, MAX_USCC_SERIAL } from './uscc/make-uscc';
export type { IndustryLevel, IndustrySection } from './industry/industry-code';
export {
  INDUSTRY_LEVELS,
  INDUSTRY_SECTIONS,
  INDUSTRIAL_SECTIONS,
  sectionOfDivision,
  industryLevel,
  parentIndustryCode,
  sectionOfIndustryCode,
  isIndustryCodeWithin,
  industryCodeCovers,
  isIndustrial,
  industryCodeDepth,
} from './industry/industry-code';
export type { ChainIndustryMapping } from './industry/classify-to-chains';
export { classifyToChains } from './industry/classify-to-chains';
export type { ScaleCategory } from './scale/scale-categories';
export {
  SCALE_CATEGORIES,
  SCALE_CATEGORY_LABELS,
  scaleCategoryOfClass,
} from './scale/scale-categories';
export type {
  ScaleCombine,
  ScaleThresholdRule,
  ScaleProblem,
  ScaleError,
} from './scale/scale-thresholds';
export { DEFAULT_SCALE_THRESHOLDS } from './scale/scale-thresholds';
export { findThreshold } from './scale/find-threshold';
export type {
  ScaleFigures,
  ScaleFigure,
  ThresholdVerdict,
  ThresholdGap,
} from './scale/meets-threshold';
export { meetsThreshold, thresholdGap, REVENUE_TOLERANCE } from './scale/meets-threshold';
export { DEFAULT_ENTERPRISE_TAGS } from './registry/enterprise-tags';
export type { ScaleEvent } from './registry/scale-events';
export { currentScaleCategory, checkScaleEvent } from './registry/scale-events';
export type { CellValue, Grid, MoneyUnit } from './import/grid';
export { MONEY_UNITS } from './import/grid';
export type { NormalizeTextOptions, DecimalResult } from './import/normalize-cell';
export {
  normalizeText,
  parseDecimal,
  parseMoney,
  parseDate,
  scaleDecimal,
} from './import/normalize-cell';
export type {
  ColumnSpec,
  DetectedColumn,
  DetectedHeader,
  HeaderProblem,
  DetectHeaderOptions,
} from './import/header-detection';
export { detectHeader, headerKey, headerUnit } from './import/header-detection';
export type { ImportRow } from './import/read-rows';
export { readRows, columnLetter } from './import/read-rows';
export type {
  ProjectStage,
  ProjectState,
  ProjectStageEvent,
  ProjectStatus,
  ProjectStageDates,
} from './projects/project-stages';
export {
  PROJECT_STAGES,
  PROJECT_STATE_LABELS,
  projectStatus,
  currentStage,
  canStall,
  allowedNextStates,
  checkStageChange,
  stageDates,
} from './projects/project-stages';
export type {
  ProjectLevel,
  ProjectKind,
  ProjectRecord,
  MilestoneCounts,
  CountMilestonesOptions,
  TaskCompletion,
  InvestmentCompletion,
} from './projects/project-counts';
export {
  PROJECT_LEVELS,
  PROJECT_LEVEL_LABELS,
  PROJECT_KINDS,
  PROJECT_KIND_LABELS,
  countMilestones,
  countMilestonesBy,
  taskCompletion,
  investmentCompletion,
} from './projects/project-counts';
export type { ExactWan } from './projects/wan-amount';
export { parseWanAmount, sumWanAmounts, formatWanAmount } from './projects/wan-amount';
export type { ProjectsSentenceInput, InvestmentSentenceInput } from './projects/official-sentences';
export { projectsSentence, investmentSentence } from './projects/official-sentences';
export type { ProjectInvestmentYears, InvestmentGrowth } from './projects/investment-growth';
export { investmentGrowth } from './projects/investment-growth';
export type {
  LeadStage,
  LeadState,
  LeadEvent,
  InvestmentLead,
  LeadStatus,
  LeadFunnelStage,
  LeadConversion,
  LeadFunnel,
} from './projects/investment-leads';
export {
  LEAD_STAGES,
  LEAD_STATE_LABELS,
  leadStatus,
  currentLeadStage,
  isLeadClosed,
  checkLeadStageChange,
  canConvertToProject,
  isFollowUpOverdue,
  leadFunnel,
} from './projects/investment-leads';
export type { IndicatorKind, Indicator } from './reporting/indicators';
export {
  INDICATOR_KINDS,
  DEFAULT_INDICATORS,
  reportsIndicator,
  isValidIndicatorCode,
  MAX_DECIMALS,
  roundToDecimals,
  toDecimalUnits,
  formatFigure,
} from './reporting/indicators';
export type { PeriodKey, PeriodParts, PeriodSchedule, CalendarRule } from './reporting/periods';
export {
  parsePeriod,
  parsePeriodText,
  isPeriodKey,
  periodOfMonth,
  periodsOfYear,
  previousPeriodInYear,
  previousPeriod,
  nextPeriod,
  samePeriodLastYear,
  periodRange,
  monthsInPeriod,
  periodLabel,
  periodEndDate,
  DEFAULT_CALENDAR_RULE,
  reportingCalendar,
  checkSchedule,
} from './reporting/periods';
export type { FlowFigures } from './reporting/cumulative';
export { completeFlow, monthlyFromCumulative, cumulativeFromMonthly } from './reporting/cumulative';
export type {
  RuleSeverity,
  ValidationRuleId,
  ComparisonRule,
  ValidationConfig,
  ReportFigures,
  ValidationInput,
  ValidationFinding,
  SubmissionCheck,
} from './reporting/validation';
export {
  VALIDATION_RULE_IDS,
  DEFAULT_RULE_SEVERITY,
  VALIDATION_RULE_LABELS,
  DEFAULT_VALIDATION_CONFIG,
  validateReport,
  MIN_EXPLANATION_LENGTH,
  checkSubmission,
  checkValidationConfig,
} from './reporting/validation';
export type {
  ReportStatus,
  ReportAction,
  ReportActor,
  TransitionContext,
  TransitionErrorCode,
  TransitionError,
} from './reporting/report-workflow';
export {
  REPORT_STATUSES,
  REPORT_STATUS_LABELS,
  REPORT_ACTIONS,
  REPORT_ACTORS,
  REPORT_ACTION_LABELS,
  reportTransition,
  availableReportActions,
  canEditFigures,
  checkCountyLock,
} from './reporting/report-workflow';
export type {
  ReporterState,
  ReportingRates,
  ReminderRule,
  DueReminder,
} from './reporting/reporting-rates';
export {
  countsAsSubmitted,
  reportingRates,
  DEFAULT_REMINDER_RULE,
  dueReminders,
} from './reporting/reporting-rates';
export type {
  ProjectSector,
  IntroducedLead,
  IntroducedCount,
} from './projects/introduced-projects';
export {
  PROJECT_SECTORS,
  PROJECT_SECTOR_LABELS,
  leadSignedOn,
  countIntroduced,
} from './projects/introduced-projects';
export type { Amount, UndefinedReason, Rate } from './statistics/figures';
export { UNDEFINED_REASONS, UNDEFINED_REASON_LABELS } from './statistics/figures';
export type {
  GrowthBasis,
  GrowthFigure,
  ComparableGrowthInput,
  PointChange,
} from './statistics/growth';
export {
  GROWTH_BASIS_LABELS,
  RATE_DECIMALS,
  comparableGrowth,
  levelChange,
  changeInPoints,
} from './statistics/growth';
export type {
  PartInput,
  WholeFigures,
  PartFigures,
  Decomposition,
  ShareInput,
  ShareFigure,
  WholeDivisors,
} from './statistics/decompose';
export { againstWhole, decompose, shares, wholeDivisors } from './statistics/decompose';
export type { PeriodValue, CumulativePoint, TrendPoint } from './statistics/monthly';
export { toMonthly, toCumulative, trendSeries } from './statistics/monthly';
export type { OutputBand, BandCount, BandCounts } from './statistics/output-bands';
export {
  DEFAULT_OUTPUT_BANDS,
  checkOutputBands,
  outputBand,
  countByBand,
} from './statistics/output-bands';
export {
  roundPercent,
  undefinedText,
  formatGrowth,
  formatPointChange,
  formatPull,
  formatPercent,
  formatPoints,
} from './statistics/display';
export type { RankDirection, Ranked, Ranking } from './statistics/ranking';
export { rankBy } from './statistics/ranking';
export type { FigureUnit, Explanation } from './statistics/explain';
export {
  formatAmount,
  explainGrowth,
  explainPointChange,
  explainContribution,
  explainPull,
  explainShare,
  summarizePart,
} from './statistics/explain';
export type {
  Comparator,
  TargetKind,
  TargetLevel,
  ProgressStatus,
  StatusThresholds,
  TargetProgressInput,
  TargetProgress,
} from './targets/progress';
export {
  PROGRESS_STATUS_LABELS,
  DEFAULT_THRESHOLDS,
  timeElapsed,
  targetProgress,
} from './targets/progress';
export type { EarlierYear, YearEndProjection } from './targets/projection';
export { projectYearEnd } from './targets/projection';
export type { SplitCheck } from './targets/split';
export { checkSplit } from './targets/split';
export type {
  Normalisation,
  SchemeMetric,
  Veto,
  RankingScheme,
  CountyFigures,
  MetricPoints,
  RankedCounty,
} from './targets/ranking-scheme';
export { rankCounties } from './targets/ranking-scheme';
export type {
  TicketState,
  TicketAction,
  TicketActor,
  Satisfaction,
  TicketOutcome,
  TicketStep,
  TicketSituation,
  TicketStepError,
} from './services/ticket-workflow';
export {
  TICKET_STATES,
  TICKET_STATE_LABELS,
  TICKET_ACTIONS,
  TICKET_ACTION_LABELS,
  SATISFACTIONS,
  SATISFACTION_LABELS,
  TICKET_OUTCOMES,
  TICKET_OUTCOME_LABELS,
  isPublicAction,
  applyTicketStep,
  availableActions,
  mayTakeAction,
  isTicketOpen,
  replayTicket,
} from './services/ticket-workflow';
export type {
  TicketUrgency,
  WorkCalendar,
  DeadlineRule,
  TicketDeadlines,
  DeadlineColour,
  DeadlineNotice,
  EscalationPolicy,
} from './services/deadlines';
export {
  TICKET_URGENCIES,
  TICKET_URGENCY_LABELS,
  workCalendar,
  addDays,
  chinaDate,
  isWorkingDay,
  addWorkingDays,
  workingDaysBetween,
  DEFAULT_DEADLINE_RULES,
  deadlineRuleFor,
  ticketDeadlines,
  deadlineColour,
  DEFAULT_ESCALATION_POLICY,
  dueDeadlineNotices,
} from './services/deadlines';
export type { RoutingRule, RoutingDecision } from './services/routing';
export { routeTicket } from './services/routing';
export type { ServiceRate, TicketFacts, ServiceFigures } from './services/service-stats';
export { serviceRate, serviceFigures, serviceFiguresBy } from './services/service-stats';
export { MAX_DELIVERY_ATTEMPTS, nextDeliveryAttempt } from './services/delivery-backoff';
export { ATTACHMENT_MAX_BYTES, checkAttachment } from './services/attachments';
export type {
  YearMonth,
  MonthlyRevenue,
  SeasonalProfile,
  BandVerdict,
  Band,
  AnnualLevel,
} from './cultivation/revenue-trajectory';
export {
  UNIFORM_PROFILE,
  DEFAULT_BAND,
  monthIndex,
  monthOfIndex,
  addMonths,
  monthKey,
  trailingTwelveMonths,
  seasonalProfile,
  annualisedYearToDate,
  monthsOfQuarter,
  bandVerdict,
  annualLevel,
} from './cultivation/revenue-trajectory';
export type {
  ProjectionMethod,
  CrossingProjection,
  ProjectionOptions,
} from './cultivation/crossing-projection';
export { monthsToReach, projectCrossing, crossesInYear } from './cultivation/crossing-projection';
export type {
  CandidateStatus,
  CandidateMove,
  CandidateMoveProblem,
  CandidateMoveError,
} from './cultivation/candidate-status';
export {
  CANDIDATE_STATUSES,
  CANDIDATE_STATUS_LABELS,
  candidateNextStatuses,
  moveCandidate,
} from './cultivation/candidate-status';
export type {
  ExitWarningRule,
  ExitWarningParameters,
  ExitWarningInput,
  ExitWarningFinding,
} from './cultivation/exit-warnings';
export {
  EXIT_WARNING_RULES,
  EXIT_WARNING_RULE_LABELS,
  DEFAULT_EXIT_WARNING_PARAMETERS,
  consecutiveDeclines,
  exitWarnings,
} from './cultivation/exit-warnings';
export type { ScaleEventForCount, ScaleCountRow, ScaleCounts } from './cultivation/scale-counts';
export { countScaleEvents } from './cultivation/scale-counts';
