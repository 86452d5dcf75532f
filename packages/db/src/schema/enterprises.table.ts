import type { ScaleCategory } from '@gongyeyun/core';
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
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';
import { chains } from './industrial-systems.table';
import { orgUnits } from './org-units.table';
import { users } from './users.table';

export type EnterpriseStatus = 'operating' | 'stopped' | 'closed';

/**
 * The enterprise registry. `orgPath` (its county or township) and `parkPath` (its park) are the
 * materialised paths the scope condition reads, kept in step with the ids by the repository.
 */
export const enterprises = pgTable(
  'enterprises',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    uscc: text('uscc').notNull().unique(),
    /** Why an administrator accepted a code that fails the GB 32100 check (null: it passes). */
    usccAcceptedReason: text('uscc_accepted_reason'),
    name: text('name').notNull(),
    formerNames: jsonb('former_names').$type<string[]>().notNull().default([]),
    /** Name and former names in one string, for the trigram search. */
    searchText: text('search_text').notNull(),
    legalRepresentative: text('legal_representative'),
    address: text('address'),
    countyId: integer('county_id')
      .notNull()
      .references(() => orgUnits.id),
    townshipId: integer('township_id').references(() => orgUnits.id),
    parkId: integer('park_id').references(() => orgUnits.id),
    orgPath: text('org_path').notNull(),
    parkPath: text('park_path'),
    industryCode: text('industry_code').notNull(),
    /** 万元. */
    registeredCapital: numeric('registered_capital', { precision: 16, scale: 2 }),
    foundedOn: date('founded_on', { mode: 'string' }),
    status: text('status').$type<EnterpriseStatus>().notNull().default('operating'),
    contactPerson: text('contact_person'),
    contactPhone: text('contact_phone'),
    /** 四上 category the enterprise belongs to when above the threshold (from its scale events). */
    scaleCategory: text('scale_category').$type<ScaleCategory>(),
    tags: jsonb('tags').$type<string[]>().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('enterprises_org_path_idx').using('btree', sql`${t.orgPath} text_pattern_ops`),
    index('enterprises_park_path_idx').using('btree', sql`${t.parkPath} text_pattern_ops`),
    index('enterprises_industry_idx').using('btree', sql`${t.industryCode} text_pattern_ops`),
    index('enterprises_county_idx').on(t.countyId),
    index('enterprises_park_idx').on(t.parkId),
    index('enterprises_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('enterprises_tags_idx').using('gin', t.tags),
    check('enterprises_status_check', sql`${t.status} in ('operating', 'stopped', 'closed')`),
  ],
);

/** Editable list of enterprise tags (高新技术企业, 专精特新 …). */
export const enterpriseTags = pgTable('enterprise_tags', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  nameEn: text('name_en'),
  sortOrder: integer('sort_order').notNull().default(0),
});

/**
 * An enterprise's chains: 'auto' rows follow its industry class and the chain mappings;
 * 'manual' rows were tagged by hand and are kept when the class changes.
 */
export const enterpriseChains = pgTable(
  'enterprise_chains',
  {
    enterpriseId: integer('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    chainId: integer('chain_id')
      .notNull()
      .references(() => chains.id, { onDelete: 'cascade' }),
    source: text('source').$type<'auto' | 'manual'>().notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.enterpriseId, t.chainId] }),
    index('enterprise_chains_chain_idx').on(t.chainId),
  ],
);

/** Dated entries into and exits from a 四上 category (入库 / 退库): appended, never overwritten. */
export const enterpriseScaleEvents = pgTable(
  'enterprise_scale_events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    enterpriseId: integer('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    category: text('category').$type<ScaleCategory>().notNull(),
    kind: text('kind').$type<'entered' | 'exited'>().notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    reason: text('reason'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('enterprise_scale_events_enterprise_idx').on(t.enterpriseId, t.occurredOn),
    index('enterprise_scale_events_date_idx').on(t.occurredOn),
    check('enterprise_scale_events_kind_check', sql`${t.kind} in ('entered', 'exited')`),
  ],
);
