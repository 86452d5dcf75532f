import type { Scope } from '@gongyeyun/core';
import { or, sql, type Column, type SQL } from 'drizzle-orm';

/**
 * The one scope condition every query of scoped data applies: the row's org-unit path lies in
 * one of the caller's granted subtrees. No grant means no rows, never all rows.
 */
export function withinScope(pathColumn: Column | SQL, scope: Scope): SQL {
  const conditions = scope.orgUnitPaths.map((p) => sql`${pathColumn} like ${`${p}%`}`);
  return conditions.length === 0 ? sql`false` : (or(...conditions) as SQL);
}
