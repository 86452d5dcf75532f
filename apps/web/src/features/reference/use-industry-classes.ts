import type { TIndustryClass } from '@gongyeyun/contract';
import { parentIndustryCode } from '@gongyeyun/core';
import type { UseQueryResult } from '@tanstack/react-query';
import {
  keepPreviousData,
  queryOptions,
  useQueries,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { queryKeys } from '../../api/query-keys';
import { industryClassesApi } from '../../api/reference-api';

/** Enough for any level: section C has 31 divisions, no division or group has 200 children. */
const CHILDREN_PAGE_SIZE = 200;
const SEARCH_PAGE_SIZE = 50;

/** The codes one level below `parentCode` ('' for the 20 sections); the standard never changes. */
export const industryChildrenQuery = (parentCode: string) =>
  queryOptions({
    queryKey: queryKeys.industryClasses.children(parentCode),
    queryFn: async ({ signal }) => {
      const query =
        parentCode === ''
          ? { level: 'section' as const, page: 1, pageSize: CHILDREN_PAGE_SIZE }
          : { parentCode, page: 1, pageSize: CHILDREN_PAGE_SIZE };
      return (await industryClassesApi.find(query, signal)).items;
    },
    staleTime: Infinity,
  });

/** The codes above a code, nearest first: 3311 → 331, 33, C. */
export function industryAncestors(code: string): string[] {
  const ancestors: string[] = [];
  for (let at = parentIndustryCode(code); at !== null; at = parentIndustryCode(at)) {
    ancestors.push(at);
  }
  return ancestors;
}

export interface IndustryTree {
  /** Loaded children by parent code ('' for the sections). */
  childrenOf: ReadonlyMap<string, TIndustryClass[]>;
  /** Loads the children of a code (resolves once they are there). */
  load: (code: string) => Promise<void>;
  isPending: boolean;
}

/**
 * The classification as far as it has been opened, loaded one level at a time; the path down to
 * each of `shown` is loaded too, so that chosen codes appear with their names.
 */
export function useIndustryTree(shown: readonly string[]): IndustryTree {
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState<readonly string[]>([]);
  const parents = useMemo(
    () => [...new Set(['', ...shown.flatMap(industryAncestors), ...opened])],
    [shown, opened],
  );
  const loaded = useQueries({
    queries: parents.map(industryChildrenQuery),
    combine: combineLoaded,
  });
  const childrenOf = useMemo(() => {
    const map = new Map<string, TIndustryClass[]>();
    parents.forEach((parent, i) => {
      const children = loaded.data[i];
      if (children) map.set(parent, children);
    });
    return map;
  }, [parents, loaded.data]);

  const load = useCallback(
    async (code: string) => {
      setOpened((current) => (current.includes(code) ? current : [...current, code]));
      await queryClient.fetchQuery(industryChildrenQuery(code));
    },
    [queryClient],
  );

  return { childrenOf, load, isPending: loaded.isPending };
}

function combineLoaded(results: UseQueryResult<TIndustryClass[]>[]) {
  return {
    data: results.map((result) => result.data),
    isPending: results[0]?.isPending ?? true,
  };
}

/** Codes or names matching `q`, any level; nothing is asked while `q` is empty. */
export const useIndustryClassSearch = (q: string, page = 1, pageSize = SEARCH_PAGE_SIZE) =>
  useQuery({
    queryKey: queryKeys.industryClasses.list({ q, page, pageSize }),
    queryFn: ({ signal }) => industryClassesApi.find({ q, page, pageSize }, signal),
    enabled: q !== '',
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
