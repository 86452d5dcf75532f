import { ORG_UNIT_KINDS, type OrgUnitKind } from '@gongyeyun/core';
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';

/**
 * The org-unit tree: province → city → county/district → township, plus parks and government
 * departments. `path` is the materialised path of ids (`/1/4/17/`) so that a subtree is one
 * prefix condition on one index.
 */
export const orgUnits = pgTable(
  'org_units',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    kind: text('kind').$type<OrgUnitKind>().notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => orgUnits.id),
    path: text('path').notNull().unique(),
    depth: integer('depth').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    note: text('note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('org_units_path_prefix_idx').using('btree', t.path.op('text_pattern_ops')),
    index('org_units_parent_idx').on(t.parentId),
    check(
      'org_units_kind_check',
      sql.raw(`kind in (${ORG_UNIT_KINDS.map((k) => `'${k}'`).join(', ')})`),
    ),
  ],
);
