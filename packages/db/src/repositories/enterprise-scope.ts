import type { Scope } from '@gongyeyun/core';
import { inArray, or, sql, type SQL } from 'drizzle-orm';
import { enterprises } from '../schema';
import { withinScope } from '../scope';

/**
 * An enterprise is in scope when its county/township or its park lies in a granted subtree, or
 * it was granted directly (enterprise users).
 */
export function enterpriseScope(scope: Scope): SQL {
  const parts: SQL[] = [];
  if (scope.orgUnitPaths.length) {
    parts.push(withinScope(enterprises.orgPath, scope), withinScope(enterprises.parkPath, scope));
  }
  if (scope.enterpriseIds.length) parts.push(inArray(enterprises.id, [...scope.enterpriseIds]));
  return parts.length ? (or(...parts) as SQL) : sql`false`;
}
