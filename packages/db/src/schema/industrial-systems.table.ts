import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';
import { orgUnits } from './org-units.table';

/** A city's modern industrial system, e.g. 来宾 "345": tiers of chains, all configuration. */
export const industrialSystems = pgTable('industrial_systems', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  /** The division whose system it is (a city or county). */
  orgUnitId: integer('org_unit_id')
    .notNull()
    .references(() => orgUnits.id),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  nameEn: text('name_en'),
  description: text('description'),
  isActive: boolean('is_active').notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** A tier of the system (传统 / 特色 / 新兴 …): any names, any number. */
export const chainTiers = pgTable(
  'chain_tiers',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    systemId: integer('system_id')
      .notNull()
      .references(() => industrialSystems.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [uniqueIndex('chain_tiers_system_name_idx').on(t.systemId, t.name)],
);

/** An industrial chain (产业链), optionally a sub-chain of another, with its 链长. */
export const chains = pgTable(
  'chains',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    systemId: integer('system_id')
      .notNull()
      .references(() => industrialSystems.id, { onDelete: 'cascade' }),
    tierId: integer('tier_id')
      .notNull()
      .references(() => chainTiers.id),
    parentId: integer('parent_id').references((): AnyPgColumn => chains.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    /** 链长: the city leader answerable for the chain. */
    leaderName: text('leader_name'),
    leaderTitle: text('leader_title'),
    leadDepartmentId: integer('lead_department_id').references(() => orgUnits.id),
    sortOrder: integer('sort_order').notNull().default(0),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('chains_system_code_idx').on(t.systemId, t.code),
    index('chains_tier_idx').on(t.tierId),
  ],
);

/** Industry codes (any GB/T 4754 level) a chain covers: a division covers its classes. */
export const chainIndustryCodes = pgTable(
  'chain_industry_codes',
  {
    chainId: integer('chain_id')
      .notNull()
      .references(() => chains.id, { onDelete: 'cascade' }),
    industryCode: text('industry_code').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.chainId, t.industryCode] }),
    index('chain_industry_codes_code_idx').on(t.industryCode),
    index('chain_industry_codes_prefix_idx').using(
      'btree',
      sql`${t.industryCode} text_pattern_ops`,
    ),
  ],
);
