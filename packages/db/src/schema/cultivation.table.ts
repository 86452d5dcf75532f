import type {
  CandidateStatus,
  ExitWarningRule,
  LocalizedText,
  ScaleCategory,
} from '@gongyeyun/core';
import { sql } from 'drizzle-orm';
import {
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
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';
import { enterprises } from './enterprises.table';
import { users } from './users.table';

/**
 * Revenue of enterprises below the 四上 threshold (they file no statistical reports): one row a
 * calendar month, 万元. A quarter entered at once is spread over its months and says so.
 */
export const smallEnterpriseRevenues = pgTable(
  'small_enterprise_revenues',
  {
    enterpriseId: integer('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    month: integer('month').notNull(),
    revenue: numeric('revenue', { precision: 14, scale: 2 }).notNull(),
    enteredAs: text('entered_as').$type<'month' | 'quarter'>().notNull().default('month'),
    enteredBy: integer('entered_by').references(() => users.id),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.enterpriseId, t.year, t.month] }),
    check('small_enterprise_revenues_month_check', sql`${t.month} between 1 and 12`),
    check('small_enterprise_revenues_revenue_check', sql`${t.revenue} >= 0`),
    check(
      'small_enterprise_revenues_entered_as_check',
      sql`${t.enteredAs} in ('month', 'quarter')`,
    ),
  ],
);

/**
 * The seed bank (种子库): an enterprise being cultivated into a 四上 category. Found by the band
 * rule (`source = 'band'`) or nominated with a reason; at most one candidate per enterprise and
 * category that is still open (not entered, not dropped).
 */
export const cultivationCandidates = pgTable(
  'cultivation_candidates',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    enterpriseId: integer('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    category: text('category').$type<ScaleCategory>().notNull(),
    status: text('status').$type<CandidateStatus>().notNull().default('watching'),
    source: text('source').$type<'band' | 'nominated'>().notNull(),
    nominationReason: text('nomination_reason'),
    officerId: integer('officer_id').references(() => users.id),
    dropReason: text('drop_reason'),
    /** The 入库 date when entered. */
    enteredOn: date('entered_on', { mode: 'string' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('cultivation_candidates_open_idx')
      .on(t.enterpriseId, t.category)
      .where(sql`${t.status} not in ('entered', 'dropped')`),
    index('cultivation_candidates_status_idx').on(t.status),
    check(
      'cultivation_candidates_status_check',
      sql`${t.status} in ('watching', 'cultivating', 'filed', 'entered', 'dropped')`,
    ),
    check('cultivation_candidates_source_check', sql`${t.source} in ('band', 'nominated')`),
  ],
);

/**
 * 退库预警: a 规上 enterprise at risk of leaving the statistics. Rules found are refreshed while
 * the warning is open; it is closed by an officer with a reason, never deleted.
 */
export const exitWarnings = pgTable(
  'exit_warnings',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    enterpriseId: integer('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    category: text('category').$type<ScaleCategory>().notNull(),
    findings: jsonb('findings')
      .$type<{ rule: ExitWarningRule; message: LocalizedText }[]>()
      .notNull(),
    /** The last month the findings were judged at, YYYY-MM. */
    judgedThrough: text('judged_through').notNull(),
    status: text('status').$type<'open' | 'closed'>().notNull().default('open'),
    officerId: integer('officer_id').references(() => users.id),
    closeReason: text('close_reason'),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('exit_warnings_open_idx')
      .on(t.enterpriseId, t.category)
      .where(sql`${t.status} = 'open'`),
    check('exit_warnings_status_check', sql`${t.status} in ('open', 'closed')`),
  ],
);

/**
 * What happened to a candidate or a warning: status changes, actions taken, follow-up notes.
 * Appended, never edited.
 */
export const cultivationLog = pgTable(
  'cultivation_log',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    candidateId: integer('candidate_id').references(() => cultivationCandidates.id, {
      onDelete: 'cascade',
    }),
    warningId: integer('warning_id').references(() => exitWarnings.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'status' | 'action' | 'note'>().notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    text: text('text'),
    actorId: integer('actor_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('cultivation_log_candidate_idx').on(t.candidateId, t.at),
    index('cultivation_log_warning_idx').on(t.warningId, t.at),
    check('cultivation_log_kind_check', sql`${t.kind} in ('status', 'action', 'note')`),
    check(
      'cultivation_log_owner_check',
      sql`(${t.candidateId} is null) <> (${t.warningId} is null)`,
    ),
  ],
);
