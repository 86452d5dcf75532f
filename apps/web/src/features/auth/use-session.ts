import type { Locale } from '@gongyeyun/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../api/query-keys';
import { sessionApi } from '../../api/session-api';
import { useI18n } from '../../i18n/i18n-context';
import { useShowError } from '../../shared/use-show-error';

export const useMe = () =>
  useQuery({
    queryKey: queryKeys.me,
    queryFn: ({ signal }) => sessionApi.getMe(signal),
    staleTime: 60_000,
  });

/** Signs in; nothing loaded for an earlier session (one that expired) is kept. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sessionApi.login,
    onSuccess: (me) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
      queryClient.setQueryData(queryKeys.me, me);
    },
  });
}

/**
 * Ends the session, then loads the sign-in page afresh so nothing of the session stays in
 * memory; also when the request failed, so that the screen never stays open.
 */
export function useLogout(): { logout: () => void; isPending: boolean } {
  const mutation = useMutation({
    mutationFn: sessionApi.logout,
    onSettled: () => window.location.replace('/login'),
  });
  return { logout: () => mutation.mutate(), isPending: mutation.isPending };
}

/**
 * Switches the language at once; for a signed-in user the choice is also kept on the server
 * (PATCH /api/me), before sign-in only in this browser.
 */
export function useSwitchLocale(): () => void {
  const { locale, setLocale } = useI18n();
  const queryClient = useQueryClient();
  const showError = useShowError();
  const { data: me } = useMe();
  const save = useMutation({
    mutationFn: (next: Locale) => sessionApi.updateMe({ locale: next }),
    onSuccess: (updated) => queryClient.setQueryData(queryKeys.me, updated),
    onError: (error) => showError(error),
  });
  return () => {
    const next: Locale = locale === 'zh-CN' ? 'en-US' : 'zh-CN';
    setLocale(next);
    if (me) save.mutate(next);
  };
}
