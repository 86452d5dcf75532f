import type { TFindEnterprisesQuery } from '@gongyeyun/contract';
import { ZFindEnterprisesQuery } from '@gongyeyun/contract';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type EnterpriseQueryKey = keyof TFindEnterprisesQuery;

const QUERY_KEYS = Object.keys(ZFindEnterprisesQuery.shape) as EnterpriseQueryKey[];

/** Page 1 of 20, by name: what an address without a query string shows. */
export const DEFAULT_ENTERPRISE_QUERY: TFindEnterprisesQuery = ZFindEnterprisesQuery.parse({});

/** Filters fixed by the page around the list (e.g. a chain's page), kept out of the address. */
export type FixedEnterpriseFilters = Partial<Pick<TFindEnterprisesQuery, 'chainId' | 'tierId'>>;

/**
 * The list query an address carries. Each parameter is read on its own, so one value that is
 * not (or no longer) valid is dropped without losing the others.
 */
export function readEnterpriseQuery(params: URLSearchParams): TFindEnterprisesQuery {
  const read: Partial<Record<EnterpriseQueryKey, unknown>> = {};
  for (const key of QUERY_KEYS) {
    const raw = params.get(key);
    if (raw === null || raw.trim() === '') continue;
    const parsed = ZFindEnterprisesQuery.shape[key].safeParse(raw);
    if (parsed.success) read[key] = parsed.data;
  }
  const parsed = ZFindEnterprisesQuery.safeParse(read);
  return parsed.success ? parsed.data : DEFAULT_ENTERPRISE_QUERY;
}

/** The address form of a query: only what differs from the defaults, so links stay short. */
export function toEnterpriseSearchParams(query: Partial<TFindEnterprisesQuery>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of QUERY_KEYS) {
    const value = query[key];
    if (value === undefined || value === null || value === '') continue;
    if (DEFAULT_ENTERPRISE_QUERY[key] === value) continue;
    params.set(key, String(value));
  }
  return params;
}

/** A link to the enterprise list with some filters set. */
export const enterpriseListLink = (filters: Partial<TFindEnterprisesQuery>): string => {
  const search = toEnterpriseSearchParams(filters).toString();
  return search ? `/enterprises?${search}` : '/enterprises';
};

export interface EnterpriseQueryState {
  query: TFindEnterprisesQuery;
  /** Applies a change; any change but a page move goes back to page 1. */
  update: (
    change: Partial<TFindEnterprisesQuery>,
    /** `replace`: correct the address rather than add a step to the history. */
    options?: { keepPage?: boolean; replace?: boolean },
  ) => void;
  /** Clears the filters, keeping the order and page size. */
  clear: () => void;
  hasFilters: boolean;
}

const FILTER_KEYS: readonly EnterpriseQueryKey[] = QUERY_KEYS.filter(
  (key) => key !== 'page' && key !== 'pageSize' && key !== 'sort' && key !== 'order',
);

/** The list query held in the address (shareable, kept by back and forward), plus fixed filters. */
export function useEnterpriseQueryState(fixed: FixedEnterpriseFilters = {}): EnterpriseQueryState {
  const [params, setParams] = useSearchParams();
  const { chainId, tierId } = fixed;
  const query = useMemo(
    () => ({ ...readEnterpriseQuery(params), ...definedOnly({ chainId, tierId }) }),
    [params, chainId, tierId],
  );

  const update = useCallback<EnterpriseQueryState['update']>(
    (change, options) => {
      setParams(
        (current) => {
          const next = { ...readEnterpriseQuery(current), ...change };
          if (!options?.keepPage) next.page = 1;
          if (chainId !== undefined) next.chainId = undefined;
          if (tierId !== undefined) next.tierId = undefined;
          return toEnterpriseSearchParams(next);
        },
        options?.replace ? { replace: true } : undefined,
      );
    },
    [setParams, chainId, tierId],
  );
  const clear = useCallback(() => {
    setParams((current) => {
      const { sort, order, pageSize } = readEnterpriseQuery(current);
      return toEnterpriseSearchParams({ sort, order, pageSize });
    });
  }, [setParams]);

  const hasFilters = FILTER_KEYS.some(
    (key) => params.get(key) !== null && !(key === 'chainId' && chainId !== undefined),
  );
  return { query, update, clear, hasFilters };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
