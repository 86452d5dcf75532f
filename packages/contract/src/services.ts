import {
  SATISFACTIONS,
  TICKET_ACTIONS,
  TICKET_OUTCOMES,
  TICKET_STATES,
  TICKET_URGENCIES,
} from '@gongyeyun/core';
import { z } from 'zod';
import { ZPageQuery, zPage } from './common';

const isoDate = z.iso.date();
const id = z.number().int().positive();
const queryId = z.coerce.number().int().positive().optional();
const localized = z.object({ zh: z.string(), en: z.string() });

export const ZTicketState = z.enum(TICKET_STATES);
export const ZTicketAction = z.enum(TICKET_ACTIONS);
export const ZTicketUrgency = z.enum(TICKET_URGENCIES);
export const ZSatisfaction = z.enum(SATISFACTIONS);
export const ZTicketOutcome = z.enum(TICKET_OUTCOMES);
export const ZDeadlineColour = z.enum(['green', 'amber', 'red']);

export const ZTicketCategory = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  sortOrder: z.number().int(),
  active: z.boolean(),
});
export type TTicketCategory = z.infer<typeof ZTicketCategory>;
export const ZTicketCategoryInput = ZTicketCategory.extend({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,31}$/),
  name: z.string().trim().min(1).max(40),
  nameEn: z.string().trim().min(1).max(80),
  sortOrder: z.number().int().default(0),
  active: z.boolean().default(true),
});

export const ZTicketDepartment = z.object({ id, name: z.string(), lead: z.boolean() });

export const ZTicketListItem = z.object({
  id,
  /** Null for a problem raised for a project whose owner is not registered. */
  enterpriseId: id.nullable(),
  enterpriseName: z.string().nullable(),
  /** The major project the problem was raised for. */
  projectId: id.nullable(),
  categoryCode: z.string(),
  urgency: ZTicketUrgency,
  title: z.string(),
  state: ZTicketState,
  outcome: ZTicketOutcome.nullable(),
  leadDepartmentId: id.nullable(),
  leadDepartmentName: z.string().nullable(),
  filedAt: z.string(),
  signBy: isoDate.nullable(),
  replyBy: isoDate.nullable(),
  /** Colour of the reply deadline for open tickets; null once answered or not yet dispatched. */
  deadlineColour: ZDeadlineColour.nullable(),
  satisfaction: ZSatisfaction.nullable(),
  reopenCount: z.number().int(),
});
export type TTicketListItem = z.infer<typeof ZTicketListItem>;
export const ZTicketPage = zPage(ZTicketListItem);

export const ZTicketEvent = z.object({
  id,
  action: ZTicketAction,
  label: localized,
  public: z.boolean(),
  userName: z.string().nullable(),
  departmentName: z.string().nullable(),
  text: z.string().nullable(),
  occurredAt: z.string(),
  data: z.record(z.string(), z.unknown()).nullable(),
});
export type TTicketEvent = z.infer<typeof ZTicketEvent>;

export const ZTicket = ZTicketListItem.extend({
  description: z.string(),
  departments: z.array(ZTicketDepartment),
  mergedIntoId: id.nullable(),
  /** The project the problem was raised for, when the caller may see it. */
  project: z.object({ id, name: z.string() }).nullable(),
  /** Visible events: the public timeline, plus internal ones the caller may see. */
  events: z.array(ZTicketEvent),
  /** Steps the caller may take now. */
  actions: z.array(ZTicketAction),
  version: z.number().int(),
});
export type TTicket = z.infer<typeof ZTicket>;

export const ZFindTicketsQuery = ZPageQuery.extend({
  state: ZTicketState.optional(),
  categoryCode: z.string().optional(),
  enterpriseId: queryId,
  /** `inbox`: tickets of my departments; `dispatch`: awaiting routing (received, sent back). */
  view: z.enum(['all', 'inbox', 'dispatch']).default('all'),
});
export type TFindTicketsQuery = z.infer<typeof ZFindTicketsQuery>;

export const ZTicketInput = z.object({
  /** Required unless the caller is the enterprise's own user. */
  enterpriseId: id.optional(),
  categoryCode: z.string().min(1),
  urgency: ZTicketUrgency.default('normal'),
  title: z.string().trim().min(1).max(100),
  description: z.string().trim().min(1).max(5000),
  visitId: id.optional(),
});
export type TTicketInput = z.infer<typeof ZTicketInput>;

/** A problem raised for a major project (问题反映): filed on the desk like a ticket. */
export const ZProjectProblemInput = ZTicketInput.pick({
  categoryCode: true,
  urgency: true,
  title: true,
  description: true,
});
export type TProjectProblemInput = z.infer<typeof ZProjectProblemInput>;

export const ZTicketStepInput = z.object({
  action: ZTicketAction.exclude(['file']),
  departmentId: id.optional(),
  assistingDepartmentIds: z.array(id).max(10).optional(),
  text: z.string().trim().max(5000).optional(),
  solved: z.boolean().optional(),
  satisfaction: ZSatisfaction.optional(),
  mergedIntoId: id.optional(),
  /** The version the caller saw; a stale one answers 409. */
  version: z.number().int().optional(),
});
export type TTicketStepInput = z.infer<typeof ZTicketStepInput>;

export const ZServiceRate = z.object({
  numerator: z.number().int(),
  denominator: z.number().int(),
  value: z.number().nullable(),
});
export const ZServiceFigures = z.object({
  received: z.number().int(),
  signed: z.number().int(),
  signedOnTime: ZServiceRate,
  closed: z.number().int(),
  closedOnTime: ZServiceRate,
  solved: ZServiceRate,
  satisfaction: ZServiceRate,
  overdue: z.number().int(),
  reopened: z.number().int(),
});
export const ZServiceStatsQuery = z.object({ from: isoDate, to: isoDate });
export const ZServiceStats = z.object({
  from: isoDate,
  to: isoDate,
  total: ZServiceFigures,
  byDepartment: z.array(
    z.object({ id: id.nullable(), name: z.string().nullable(), figures: ZServiceFigures }),
  ),
  byCategory: z.array(z.object({ code: z.string(), figures: ZServiceFigures })),
});
export type TServiceStats = z.infer<typeof ZServiceStats>;

export const ZCommissionerAssignmentInput = z.object({
  enterpriseId: id,
  userId: id,
  assignedOn: isoDate,
});
export const ZCoverageQuery = ZPageQuery.extend({
  uncovered: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  commissionerId: queryId,
});
export const ZCoverageRow = z.object({
  enterpriseId: id,
  enterpriseName: z.string(),
  uscc: z.string(),
  commissionerId: id.nullable(),
  commissionerName: z.string().nullable(),
  lastVisitOn: isoDate.nullable(),
  visits: z.number().int(),
  /** No visit in the last 90 days. */
  visitOverdue: z.boolean(),
});
export const ZCoveragePage = zPage(ZCoverageRow);
export type TCoverageRow = z.infer<typeof ZCoverageRow>;

export const ZVisitInput = z.object({
  enterpriseId: id,
  visitedOn: isoDate,
  peopleMet: z.string().trim().min(1).max(500),
  topics: z.string().trim().min(1).max(2000),
  problemsFound: z.string().trim().max(2000).nullable().default(null),
});
export const ZVisit = ZVisitInput.extend({
  id,
  commissionerId: id,
  enterpriseName: z.string(),
  commissionerName: z.string(),
});
export type TVisit = z.infer<typeof ZVisit>;
export const ZVisitPage = zPage(ZVisit);
export const ZFindVisitsQuery = ZPageQuery.extend({
  enterpriseId: queryId,
  commissionerId: queryId,
});

export const ZWebhookInput = z.object({
  name: z.string().trim().min(1).max(80),
  url: z.url({ protocol: /^https?$/ }),
  format: z.enum(['json', 'dingtalk', 'wecom']),
  secret: z.string().min(16).max(200),
  events: z
    .array(z.enum(['assigned', 'approaching', 'overdue', 'escalated_bureau', 'replied']))
    .min(1),
});
export const ZWebhook = ZWebhookInput.omit({ secret: true }).extend({ id, active: z.boolean() });

export const ZServiceDepartment = z.object({ id, name: z.string(), code: z.string() });

export const ZDeadlineRule = z.object({
  urgency: ZTicketUrgency,
  /** null: every category without a rule of its own. */
  categoryCode: z.string().nullable(),
  signWorkingDays: z.number().int().min(0).max(30),
  replyWorkingDays: z.number().int().min(1).max(90),
});
export type TDeadlineRule = z.infer<typeof ZDeadlineRule>;
