import type {
  Satisfaction,
  TicketAction,
  TicketActor,
  TicketOutcome,
  TicketState,
  TicketUrgency,
} from '@gongyeyun/core';
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';
import { enterprises } from './enterprises.table';
import { orgUnits } from './org-units.table';
import { projects } from './projects.table';
import { users } from './users.table';

/** The lead commissioner (特派员) of an enterprise: one per enterprise. */
export const commissionerAssignments = pgTable(
  'commissioner_assignments',
  {
    enterpriseId: integer('enterprise_id')
      .primaryKey()
      .references(() => enterprises.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    assignedOn: date('assigned_on', { mode: 'string' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('commissioner_assignments_user_idx').on(t.userId)],
);

/** A commissioner's visit to an enterprise. */
export const serviceVisits = pgTable(
  'service_visits',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    enterpriseId: integer('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    commissionerId: integer('commissioner_id')
      .notNull()
      .references(() => users.id),
    visitedOn: date('visited_on', { mode: 'string' }).notNull(),
    peopleMet: text('people_met').notNull(),
    topics: text('topics').notNull(),
    problemsFound: text('problems_found'),
    createdAt: createdAt(),
  },
  (t) => [
    index('service_visits_enterprise_idx').on(t.enterpriseId, t.visitedOn),
    index('service_visits_commissioner_idx').on(t.commissionerId, t.visitedOn),
  ],
);

/** The editable catalogue of problem categories (用地, 用电, 融资 …). */
export const ticketCategories = pgTable('ticket_categories', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
  active: boolean('active').notNull().default(true),
});

/** Routing catalogue: category × area (null: anywhere) → lead and assisting departments. */
export const routingRules = pgTable(
  'routing_rules',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    categoryCode: text('category_code')
      .notNull()
      .references(() => ticketCategories.code),
    areaId: integer('area_id').references(() => orgUnits.id),
    leadDepartmentId: integer('lead_department_id')
      .notNull()
      .references(() => orgUnits.id),
    assistingDepartmentIds: jsonb('assisting_department_ids').$type<number[]>().notNull(),
  },
  (t) => [index('routing_rules_category_idx').on(t.categoryCode)],
);

/** Working days to sign and to reply, per urgency and optionally per category. */
export const ticketDeadlineRules = pgTable(
  'ticket_deadline_rules',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    urgency: text('urgency').$type<TicketUrgency>().notNull(),
    categoryCode: text('category_code').references(() => ticketCategories.code),
    signWorkingDays: integer('sign_working_days').notNull(),
    replyWorkingDays: integer('reply_working_days').notNull(),
  },
  (t) => [
    uniqueIndex('ticket_deadline_rules_key').on(t.urgency, sql`coalesce(${t.categoryCode}, '')`),
  ],
);

/** Public holidays (`holiday`) and make-up working days (`workday`, 调休). */
export const workCalendarDays = pgTable('work_calendar_days', {
  day: date('day', { mode: 'string' }).primaryKey(),
  kind: text('kind').$type<'holiday' | 'workday'>().notNull(),
  name: text('name'),
});

/**
 * An enterprise problem (诉求), or a problem raised for a major project (`projectId`; its
 * enterprise is the project's registered owner, if any). Scope: the enterprise's paths — the
 * project's for a project problem — copied, for the bureau, counties and commissioners; the
 * departments in `ticket_departments` for department handlers. State and dates are kept in
 * step with `ticket_events` by the service.
 */
export const tickets = pgTable(
  'tickets',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** Null for a project problem whose owner is not registered. */
    enterpriseId: integer('enterprise_id').references(() => enterprises.id),
    /** The major project the problem was raised for (问题反映). */
    projectId: integer('project_id').references(() => projects.id),
    orgPath: text('org_path').notNull(),
    parkPath: text('park_path'),
    categoryCode: text('category_code')
      .notNull()
      .references(() => ticketCategories.code),
    urgency: text('urgency').$type<TicketUrgency>().notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    state: text('state').$type<TicketState>().notNull(),
    outcome: text('outcome').$type<TicketOutcome>(),
    leadDepartmentId: integer('lead_department_id').references(() => orgUnits.id),
    filedBy: integer('filed_by')
      .notNull()
      .references(() => users.id),
    filedAt: timestamp('filed_at', { withTimezone: true, mode: 'date' }).notNull(),
    dispatchedOn: date('dispatched_on', { mode: 'string' }),
    signBy: date('sign_by', { mode: 'string' }),
    replyBy: date('reply_by', { mode: 'string' }),
    signedOn: date('signed_on', { mode: 'string' }),
    repliedOn: date('replied_on', { mode: 'string' }),
    closedOn: date('closed_on', { mode: 'string' }),
    satisfaction: text('satisfaction').$type<Satisfaction>(),
    reopenCount: integer('reopen_count').notNull().default(0),
    mergedIntoId: integer('merged_into_id'),
    /** Deadline notices already sent since the last dispatch. */
    noticesSent: jsonb('notices_sent').$type<string[]>().notNull().default([]),
    /** The visit where a commissioner found the problem. */
    visitId: integer('visit_id').references(() => serviceVisits.id),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('tickets_org_path_idx').using('btree', sql`${t.orgPath} text_pattern_ops`),
    index('tickets_park_path_idx').using('btree', sql`${t.parkPath} text_pattern_ops`),
    index('tickets_enterprise_idx').on(t.enterpriseId),
    index('tickets_project_idx').on(t.projectId),
    index('tickets_state_idx').on(t.state, t.replyBy),
    index('tickets_department_idx').on(t.leadDepartmentId),
  ],
);

/** The departments working a ticket now: its lead and assisting departments. */
export const ticketDepartments = pgTable(
  'ticket_departments',
  {
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    departmentId: integer('department_id')
      .notNull()
      .references(() => orgUnits.id),
    departmentPath: text('department_path').notNull(),
    lead: boolean('lead').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.ticketId, t.departmentId] }),
    index('ticket_departments_path_idx').using('btree', sql`${t.departmentPath} text_pattern_ops`),
  ],
);

/** Every step of a ticket, dated; `public` ones make the enterprise's timeline. */
export const ticketEvents = pgTable(
  'ticket_events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id),
    action: text('action').$type<TicketAction>().notNull(),
    actor: text('actor').$type<TicketActor>().notNull(),
    userId: integer('user_id').references(() => users.id),
    /** The department acting (handlers) or the department routed to (dispatch, 改派). */
    departmentId: integer('department_id').references(() => orgUnits.id),
    /** The department whose step it is: internal steps are shown to it and the bureau only. */
    authorDepartmentId: integer('author_department_id').references(() => orgUnits.id),
    text: text('text'),
    public: boolean('public').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('ticket_events_ticket_idx').on(t.ticketId, t.id)],
);

/** Files attached to a ticket: stored on disk under the data directory by `id`. */
export const ticketAttachments = pgTable(
  'ticket_attachments',
  {
    id: text('id').primaryKey(),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    uploadedBy: integer('uploaded_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('ticket_attachments_ticket_idx').on(t.ticketId)],
);

export type WebhookFormat = 'json' | 'dingtalk' | 'wecom';

/** Outgoing webhooks: where to tell of ticket events. */
export const webhooks = pgTable('webhooks', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  name: text('name').notNull(),
  url: text('url').notNull(),
  format: text('format').$type<WebhookFormat>().notNull(),
  /** Key of the HMAC-SHA256 signature header. */
  secret: text('secret').notNull(),
  /** Event kinds sent (assigned, approaching, overdue, replied …). */
  events: jsonb('events').$type<string[]>().notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/** Each message to a webhook, with its attempts. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    webhookId: integer('webhook_id')
      .notNull()
      .references(() => webhooks.id),
    ticketId: integer('ticket_id').references(() => tickets.id),
    event: text('event').notNull(),
    body: jsonb('body').$type<Record<string, unknown>>().notNull(),
    status: text('status').$type<DeliveryStatus>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, mode: 'date' }).notNull(),
    lastError: text('last_error'),
    responseStatus: integer('response_status'),
    deliveredAt: timestamp('delivered_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
  },
  (t) => [index('webhook_deliveries_due_idx').on(t.status, t.nextAttemptAt)],
);
