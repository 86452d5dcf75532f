import type { TFindUsersQuery, TUser } from '@gongyeyun/contract';
import type { Role } from '@gongyeyun/core';
import { ROLES, isEnterpriseRole } from '@gongyeyun/core';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { isApiError } from '../../api/api-error';
import { queryKeys } from '../../api/query-keys';
import { usersApi } from '../../api/users-api';

/**
 * Roles an administrator can grant here. Enterprise users are bound to one enterprise, which
 * is picked in the enterprise module rather than from the org-unit tree.
 */
export const GRANTABLE_ROLES: readonly Role[] = ROLES.filter((role) => !isEnterpriseRole(role));

export const useUserPage = (query: TFindUsersQuery) =>
  useQuery({
    queryKey: queryKeys.users.list(query),
    queryFn: ({ signal }) => usersApi.find(query, signal),
    placeholderData: keepPreviousData,
  });

export const useUser = (id: number) =>
  useQuery({
    queryKey: queryKeys.users.detail(id),
    queryFn: ({ signal }) => usersApi.get(id, signal),
    retry: (failureCount, error) => failureCount < 2 && !isApiError(error),
  });

/** After a change to a user: show the new record at once; lists and the audit log refresh. */
export function useUserChanged(): (user: TUser) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (user) => {
      queryClient.setQueryData(queryKeys.users.detail(user.id), user);
      void queryClient.invalidateQueries({ queryKey: queryKeys.users.lists });
      void queryClient.invalidateQueries({ queryKey: queryKeys.audit.all });
    },
    [queryClient],
  );
}
