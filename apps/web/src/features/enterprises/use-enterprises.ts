import type { TEnterprise, TFindEnterprisesQuery } from '@gongyeyun/contract';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { isApiError } from '../../api/api-error';
import { enterprisesApi } from '../../api/enterprises-api';
import { queryKeys } from '../../api/query-keys';

export const useEnterprisePage = (query: TFindEnterprisesQuery) =>
  useQuery({
    queryKey: queryKeys.enterprises.list(query),
    queryFn: ({ signal }) => enterprisesApi.find(query, signal),
    placeholderData: keepPreviousData,
  });

export const useEnterprise = (id: number) =>
  useQuery({
    queryKey: queryKeys.enterprises.detail(id),
    queryFn: ({ signal }) => enterprisesApi.get(id, signal),
    retry: (failureCount, error) => failureCount < 2 && !isApiError(error),
  });

/**
 * After a change to an enterprise: the new record shows at once; lists, chain counts and the
 * audit log refresh.
 */
export function useEnterpriseChanged(): (enterprise: TEnterprise) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (enterprise) => {
      queryClient.setQueryData(queryKeys.enterprises.detail(enterprise.id), enterprise);
      void queryClient.invalidateQueries({ queryKey: queryKeys.enterprises.lists });
      void queryClient.invalidateQueries({ queryKey: queryKeys.industrialSystems.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.audit.all });
    },
    [queryClient],
  );
}
