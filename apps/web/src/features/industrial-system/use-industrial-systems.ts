import type { TChain, TIndustrialSystem } from '@gongyeyun/contract';
import type { Locale } from '@gongyeyun/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { isApiError } from '../../api/api-error';
import { industrialSystemsApi } from '../../api/industrial-systems-api';
import { queryKeys } from '../../api/query-keys';
import { localName } from '../../shared/format';

/** `enabled: false` for users without the industrial-system module. */
export const useIndustrialSystems = ({ enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: queryKeys.industrialSystems.list,
    queryFn: ({ signal }) => industrialSystemsApi.list(signal),
    enabled,
  });

export const useChain = (id: number) =>
  useQuery({
    queryKey: queryKeys.industrialSystems.chain(id),
    queryFn: ({ signal }) => industrialSystemsApi.getChain(id, signal),
    retry: (failureCount, error) => failureCount < 2 && !isApiError(error),
  });

/**
 * After a change to a system, tier or chain: the systems and chains refresh, and so do the
 * enterprises, whose automatic chain tags follow the chains' industry codes.
 */
export function useIndustrialSystemChanged(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.industrialSystems.all }),
      queryClient.invalidateQueries({ queryKey: queryKeys.enterprises.all }),
      queryClient.invalidateQueries({ queryKey: queryKeys.audit.all }),
    ]);
  }, [queryClient]);
}

const byOrder = <T extends { sortOrder: number; id: number }>(a: T, b: T): number =>
  a.sortOrder - b.sortOrder || a.id - b.id;

export const sortedTiers = (system: TIndustrialSystem) => [...system.tiers].sort(byOrder);

/** The chains directly under `parentId` (null: the top-level chains) of one tier, in order. */
export const chainsUnder = (
  system: TIndustrialSystem,
  tierId: number,
  parentId: number | null,
): TChain[] =>
  system.chains
    .filter((chain) => chain.tierId === tierId && chain.parentId === parentId)
    .sort(byOrder);

export interface ChainTreeOption {
  value: string;
  title: string;
  selectable?: boolean;
  disabled?: boolean;
  children?: ChainTreeOption[];
}

/** Value of a chain in a tree select, where tiers and systems are unselectable group nodes. */
export const chainOptionValue = (chainId: number): string => `chain:${chainId}`;

/** `chain:12` → 12; null for a group node or nothing. */
export function chainIdOfOption(value: string | undefined): number | null {
  const match = /^chain:(\d+)$/.exec(value ?? '');
  return match ? Number(match[1]) : null;
}

/** Tiers → chains → sub-chains for a tree select (systems on top when there are several). */
export function chainTreeOptions(
  systems: readonly TIndustrialSystem[],
  locale: Locale,
  { tierId, disabledChainIds = [] }: { tierId?: number; disabledChainIds?: readonly number[] } = {},
): ChainTreeOption[] {
  const chainOptions = (system: TIndustrialSystem, tier: number, parentId: number | null) =>
    chainsUnder(system, tier, parentId).map((chain): ChainTreeOption => {
      const children = chainOptions(system, tier, chain.id);
      return {
        value: chainOptionValue(chain.id),
        title: localName(chain, locale),
        disabled: disabledChainIds.includes(chain.id),
        children: children.length > 0 ? children : undefined,
      };
    });
  const tierOptions = (system: TIndustrialSystem): ChainTreeOption[] =>
    sortedTiers(system)
      .filter((tier) => tierId === undefined || tier.id === tierId)
      .map((tier) => ({
        value: `tier:${tier.id}`,
        title: localName(tier, locale),
        selectable: false,
        children: chainOptions(system, tier.id, null),
      }));
  const withTiers = systems.filter(
    (system) => tierId === undefined || system.tiers.some((tier) => tier.id === tierId),
  );
  if (withTiers.length === 1 && withTiers[0]) return tierOptions(withTiers[0]);
  return withTiers.map((system) => ({
    value: `system:${system.id}`,
    title: localName(system, locale),
    selectable: false,
    children: tierOptions(system),
  }));
}

/** Tiers for a select, grouped by system when there are several. */
export function tierSelectOptions(systems: readonly TIndustrialSystem[], locale: Locale) {
  const options = (system: TIndustrialSystem) =>
    sortedTiers(system).map((tier) => ({ value: tier.id, label: localName(tier, locale) }));
  if (systems.length === 1 && systems[0]) return options(systems[0]);
  return systems.map((system) => ({
    label: localName(system, locale),
    title: localName(system, locale),
    options: options(system),
  }));
}
