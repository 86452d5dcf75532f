/**
 * Data scope. Every non-enterprise user sees the subtrees of the org units they were granted;
 * an enterprise user sees only the enterprises they were granted. Org units carry a
 * materialised path (`/1/4/17/`: the ids from the root down, each followed by a slash), so a
 * subtree is one prefix condition on one indexed column.
 */
export interface Scope {
  /** Paths of the granted org units, none inside another. */
  orgUnitPaths: readonly string[];
  /** Enterprises granted directly (enterprise users). */
  enterpriseIds: readonly number[];
}

export const EMPTY_SCOPE: Scope = { orgUnitPaths: [], enterpriseIds: [] };

export const rootPath = (id: number): string => `/${id}/`;
export const childPath = (parentPath: string, id: number): string => `${parentPath}${id}/`;

/** Ids along a path, root first. */
export const pathIds = (path: string): number[] =>
  path
    .split('/')
    .filter((s) => s.length > 0)
    .map(Number);

export const isWithinPath = (path: string, ancestorPath: string): boolean =>
  path.startsWith(ancestorPath);

/** Builds a scope, dropping paths already covered by a shorter granted path. */
export function makeScope(paths: readonly string[], enterpriseIds: readonly number[] = []): Scope {
  const sorted = [...new Set(paths)].sort((a, b) => a.length - b.length || a.localeCompare(b));
  const kept: string[] = [];
  for (const p of sorted) if (!kept.some((k) => isWithinPath(p, k))) kept.push(p);
  return { orgUnitPaths: kept, enterpriseIds: [...new Set(enterpriseIds)].sort((a, b) => a - b) };
}

export const isOrgUnitInScope = (path: string, scope: Scope): boolean =>
  scope.orgUnitPaths.some((p) => isWithinPath(path, p));

/** Whether `inner` grants nothing that `outer` does not (used when one admin grants roles). */
export const isScopeWithin = (inner: Scope, outer: Scope): boolean =>
  inner.orgUnitPaths.every((p) => isOrgUnitInScope(p, outer));
