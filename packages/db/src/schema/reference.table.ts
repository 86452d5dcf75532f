import type { IndustryLevel, ScaleCategory, ScaleCombine } from '@gongyeyun/core';
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, numeric, pgTable, text } from 'drizzle-orm/pg-core';
import { updatedAt } from './columns';

/** GB/T 4754-2017 国民经济行业分类 (with amendment No. 1): sections, divisions, groups, classes. */
export const industryClasses = pgTable(
  'industry_classes',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    level: text('level').$type<IndustryLevel>().notNull(),
    parentCode: text('parent_code'),
    /** Section letter, for filtering classes by 门类 without walking the tree. */
    section: text('section').notNull(),
  },
  (t) => [
    index('industry_classes_parent_idx').on(t.parentCode),
    index('industry_classes_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
  ],
);

/** 四上 thresholds as editable configuration; each rule applies from a year (DOMAIN.md). */
export const scaleThresholds = pgTable(
  'scale_thresholds',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    category: text('category').$type<ScaleCategory>().notNull(),
    fromYear: integer('from_year').notNull(),
    /** GB/T 4754 codes the rule is restricted to (null: the whole category). */
    industryCodes: jsonb('industry_codes').$type<string[]>(),
    combine: text('combine').$type<ScaleCombine>().notNull(),
    /** 万元. */
    revenueAtLeast: numeric('revenue_at_least', { precision: 14, scale: 2 }),
    employeesAtLeast: integer('employees_at_least'),
    note: text('note'),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('scale_thresholds_category_idx').on(t.category, t.fromYear),
    check(
      'scale_thresholds_combine_check',
      sql`${t.combine} in ('revenue', 'revenue_or_employees', 'qualification', 'all')`,
    ),
  ],
);
