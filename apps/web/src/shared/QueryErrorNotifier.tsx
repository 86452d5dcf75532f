import { hashKey, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { isApiError } from '../api/api-error';
import { queryKeys } from '../api/query-keys';
import { useShowError } from './use-show-error';

/**
 * One place for failed loads: an expired session returns to sign-in, a newly forced password
 * change is picked up, and any other failure is shown in the user's language. NOT_FOUND is left
 * to the page, which shows a result instead. Failed changes are reported where they were made.
 */
export function QueryErrorNotifier() {
  const queryClient = useQueryClient();
  const showError = useShowError();

  useEffect(() => {
    const meQueryHash = hashKey(queryKeys.me);
    const handleSessionErrors = (error: unknown): boolean => {
      if (isApiError(error, 'UNAUTHENTICATED')) {
        queryClient.setQueryData(queryKeys.me, null);
        return true;
      }
      if (isApiError(error, 'PASSWORD_CHANGE_REQUIRED')) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.me });
        return true;
      }
      return false;
    };
    const unsubscribeQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'error') return;
      const error: unknown = event.action.error;
      if (event.query.queryHash === meQueryHash) return; // the session gate shows it
      if (!handleSessionErrors(error) && !isApiError(error, 'NOT_FOUND')) showError(error);
    });
    const unsubscribeMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') {
        handleSessionErrors(event.action.error);
      }
    });
    return () => {
      unsubscribeQueries();
      unsubscribeMutations();
    };
  }, [queryClient, showError]);

  return null;
}
