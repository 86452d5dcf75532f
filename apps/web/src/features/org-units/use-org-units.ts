import type { TFindOrgUnitsQuery, TOrgUnitNode } from '@gongyeyun/contract';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { isApiError } from '../../api/api-error';
import { orgUnitsApi } from '../../api/org-units-api';
import { queryKeys } from '../../api/query-keys';

/** `enabled: false` for users without the org-units module (the tree would be refused). */
export const useOrgUnitTree = ({ enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: queryKeys.orgUnits.tree,
    queryFn: ({ signal }) => orgUnitsApi.getTree(signal),
    staleTime: 5 * 60_000,
    enabled,
  });

export const useOrgUnit = (id: number) =>
  useQuery({
    queryKey: queryKeys.orgUnits.detail(id),
    queryFn: ({ signal }) => orgUnitsApi.get(id, signal),
    retry: (failureCount, error) => failureCount < 2 && !isApiError(error),
  });

export const useOrgUnitPage = (query: TFindOrgUnitsQuery) =>
  useQuery({
    queryKey: queryKeys.orgUnits.list(query),
    queryFn: ({ signal }) => orgUnitsApi.find(query, signal),
    placeholderData: keepPreviousData,
  });

export interface IndexedNode {
  node: TOrgUnitNode;
  parentId: number | null;
}

/** Every node of the tree by id, with its parent, for lookups and expanding a path. */
export function useOrgUnitIndex(roots: TOrgUnitNode[] | undefined): Map<number, IndexedNode> {
  return useMemo(() => {
    const index = new Map<number, IndexedNode>();
    const visit = (node: TOrgUnitNode, parentId: number | null) => {
      index.set(node.id, { node, parentId });
      for (const child of node.children) visit(child, node.id);
    };
    for (const root of roots ?? []) visit(root, null);
    return index;
  }, [roots]);
}

/** Ids from the root down to (not including) the given node, as far as the tree shows them. */
export function ancestorIds(index: Map<number, IndexedNode>, id: number): number[] {
  const ids: number[] = [];
  for (let at = index.get(id)?.parentId; at != null; at = index.get(at)?.parentId) ids.unshift(at);
  return ids;
}
