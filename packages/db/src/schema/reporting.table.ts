import type {
  IndicatorKind,
  ReportAction,
  ReportStatus,
  ScaleCategory,
  ValidationFinding,
} from '@gongyeyun/core';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';
import { enterprises } from './enterprises.table';
import { orgUnits } from './org-units.table';
import { users } from './users.table';

/** Figures are kept exactly (numeric), with up to four decimals. */
const figure = (name: string) => numeric(name, { precision: 20, scale: 4 });

/** What enterprises report: configuration, one row per indicator. */
export const indicators = pgTable(
  'indicators',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    nameEn: text('name_en').notNull(),
    unit: text('unit').notNull(),
    unitEn: text('unit_en').notNull(),
    kind: text('kind').$type<IndicatorKind>().notNull(),
    decimals: integer('decimals').notNull(),
    categories: jsonb('categories').$type<ScaleCategory[]>().notNull(),
    required: boolean('required').notNull().default(true),
    allowNegative: boolean('allow_negative').notNull().default(false),
    sortOrder: integer('sort_order').notNull().default(0),
    /** A retired indicator keeps its history but is no longer on forms. */
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('indicators_kind_check', sql`${t.kind} in ('flow', 'stock')`),
    check('indicators_decimals_check', sql`${t.decimals} between 0 and 4`),
  ],
);

/** The reporting calendar: one row per period (`YYYY-MM`, 1–2月 keyed `YYYY-02`). */
export const reportPeriods = pgTable(
  'report_periods',
  {
    period: text('period').primaryKey(),
    year: integer('year').notNull(),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    enterpriseDeadline: date('enterprise_deadline', { mode: 'string' }).notNull(),
    countyDeadline: date('county_deadline', { mode: 'string' }).notNull(),
    locksOn: date('locks_on', { mode: 'string' }).notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [index('report_periods_year_idx').on(t.year)],
);

/** A county's period locked by the city. Unlocking deletes the row (the events keep the story). */
export const periodLocks = pgTable(
  'period_locks',
  {
    period: text('period')
      .notNull()
      .references(() => reportPeriods.period),
    countyId: integer('county_id')
      .notNull()
      .references(() => orgUnits.id),
    lockedAt: timestamp('locked_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lockedBy: integer('locked_by').references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.period, t.countyId] })],
);

/** One enterprise's report for one period, with its workflow state and validation results. */
export const reports = pgTable(
  'reports',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    enterpriseId: integer('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    period: text('period')
      .notNull()
      .references(() => reportPeriods.period),
    /** The enterprise's county when the report was made (locks are per county). */
    countyId: integer('county_id')
      .notNull()
      .references(() => orgUnits.id),
    status: text('status').$type<ReportStatus>().notNull().default('draft'),
    /** Optimistic version: every change increments it; a stale writer gets a conflict. */
    version: integer('version').notNull().default(1),
    findings: jsonb('findings').$type<ValidationFinding[]>().notNull().default([]),
    /** Written explanations of soft findings, by finding key. */
    explanations: jsonb('explanations').$type<Record<string, string>>().notNull().default({}),
    /** Whether a county officer entered or corrected figures on the enterprise's behalf. */
    enteredByCounty: boolean('entered_by_county').notNull().default(false),
    firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true, mode: 'date' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    approvedAt: timestamp('approved_at', { withTimezone: true, mode: 'date' }),
    /** Reason of the last return, not-reported mark or unlock. */
    reason: text('reason'),
    updatedBy: integer('updated_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('reports_enterprise_period_key').on(t.enterpriseId, t.period),
    index('reports_period_county_idx').on(t.period, t.countyId, t.status),
    check(
      'reports_status_check',
      sql`${t.status} in ('draft', 'submitted', 'returned', 'approved', 'locked', 'not_reported')`,
    ),
  ],
);

/**
 * The facts: one enterprise's figures for one indicator and period. Flows keep 本月, 本年累计
 * and 上年同期累计; stocks 期末 (ytd) and 上年同期 (prev_year_ytd).
 */
export const reportValues = pgTable(
  'report_values',
  {
    enterpriseId: integer('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    period: text('period').notNull(),
    indicatorCode: text('indicator_code')
      .notNull()
      .references(() => indicators.code),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    month: figure('month'),
    ytd: figure('ytd'),
    prevYearYtd: figure('prev_year_ytd'),
  },
  (t) => [
    primaryKey({ columns: [t.enterpriseId, t.period, t.indicatorCode] }),
    index('report_values_period_indicator_idx').on(t.period, t.indicatorCode),
    index('report_values_report_idx').on(t.reportId),
  ],
);

export type ReportValueField = 'month' | 'ytd' | 'prevYearYtd';
export type ReportValueSource = 'form' | 'import' | 'api';

/** Every change of a figure keeps the old one: who, when, why, through what. */
export const reportValueHistory = pgTable(
  'report_value_history',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    indicatorCode: text('indicator_code').notNull(),
    field: text('field').$type<ReportValueField>().notNull(),
    oldValue: figure('old_value'),
    newValue: figure('new_value'),
    source: text('source').$type<ReportValueSource>().notNull(),
    changedBy: integer('changed_by').references(() => users.id),
    changedAt: timestamp('changed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    reason: text('reason'),
  },
  (t) => [index('report_value_history_report_idx').on(t.reportId, t.changedAt)],
);

/** Workflow transitions of a report. */
export const reportEvents = pgTable(
  'report_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    action: text('action').$type<ReportAction>().notNull(),
    fromStatus: text('from_status').$type<ReportStatus>(),
    toStatus: text('to_status').$type<ReportStatus>().notNull(),
    actorId: integer('actor_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    reason: text('reason'),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('report_events_report_idx').on(t.reportId, t.at)],
);

/** In-app notifications (reminders before deadlines, returned reports …). */
export const notifications = pgTable(
  'notifications',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Makes a job's reminder idempotent: the same key is never sent twice to a user. */
    key: text('key').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    titleEn: text('title_en').notNull(),
    body: text('body').notNull(),
    bodyEn: text('body_en').notNull(),
    /** Where the notification leads in the web app. */
    link: text('link'),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    unique('notifications_user_key').on(t.userId, t.key),
    index('notifications_user_idx').on(t.userId, t.createdAt.desc()),
  ],
);
