import type { TOrgUnitNode } from '@gongyeyun/contract';
import type { OrgUnitKind } from '@gongyeyun/core';
import { useMemo } from 'react';
import { canUseModule, useCurrentUser } from '../auth/current-user';
import type { IndexedNode } from './use-org-units';
import { ancestorIds, useOrgUnitIndex, useOrgUnitTree } from './use-org-units';

export interface OrgUnitChoices {
  isPending: boolean;
  counties: TOrgUnitNode[];
  departments: TOrgUnitNode[];
  /** The townships of a county. */
  townshipsOf: (countyId: number | undefined) => TOrgUnitNode[];
  /**
   * The parks an enterprise of a county may be in (the server's rule): those under the county
   * and those directly under its city (a city-level park hosts enterprises of its counties),
   * never those of another county. Without a county: every park.
   */
  parksFor: (countyId: number | undefined) => TOrgUnitNode[];
  /** The unit with this code (e.g. a GB/T 2260 division code), when it is in scope. */
  findByCode: (code: string) => TOrgUnitNode | undefined;
}

const ofKind = (index: Map<number, IndexedNode>, kind: OrgUnitKind): TOrgUnitNode[] =>
  [...index.values()].map((entry) => entry.node).filter((node) => node.kind === kind);

/**
 * Counties, townships, parks and departments of the user's scope, from the org-unit tree
 * (empty for users who may not read org units).
 */
export function useOrgUnitChoices(): OrgUnitChoices {
  const me = useCurrentUser();
  const tree = useOrgUnitTree({ enabled: canUseModule(me, 'org_units') });
  const index = useOrgUnitIndex(tree.data?.roots);

  return useMemo(() => {
    const parks = ofKind(index, 'park');
    return {
      isPending: tree.isLoading,
      counties: ofKind(index, 'county'),
      departments: ofKind(index, 'department'),
      townshipsOf: (countyId) =>
        countyId === undefined
          ? []
          : (index.get(countyId)?.node.children.filter((n) => n.kind === 'township') ?? []),
      parksFor: (countyId) => {
        if (countyId === undefined) return parks;
        const cityId = index.get(countyId)?.parentId;
        return parks.filter((park) => {
          const parentId = index.get(park.id)?.parentId;
          return (
            (cityId != null && parentId === cityId) ||
            parentId === countyId ||
            ancestorIds(index, park.id).includes(countyId)
          );
        });
      },
      findByCode: (code) => [...index.values()].find((entry) => entry.node.code === code)?.node,
    };
  }, [index, tree.isLoading]);
}
