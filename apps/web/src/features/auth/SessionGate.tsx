import { Suspense, lazy, useEffect } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import type { GateState } from '../../shared/gate-state';
import { LoadError } from '../../shared/LoadError';
import { PageSpin } from '../../shared/PageSpin';
import { CurrentUserContext } from './current-user';
import { useMe } from './use-session';

// Each branch is loaded on demand, so the first load carries only what decides between them.
const AppRoutes = lazy(() => import('../shell/AppRoutes').then((m) => ({ default: m.AppRoutes })));
const LoginPage = lazy(() => import('./LoginPage').then((m) => ({ default: m.LoginPage })));
const ChangePasswordPage = lazy(() =>
  import('./ChangePasswordPage').then((m) => ({ default: m.ChangePasswordPage })),
);

const forcedState: GateState = { isForced: true };

/**
 * Decides what the visitor may see: the sign-in page without a session, only the password
 * change while one is forced, otherwise the application.
 */
export function SessionGate() {
  const { setLocale } = useI18n();
  const me = useMe();
  const location = useLocation();

  // After sign-in the language is the one kept in the user's profile.
  const serverLocale = me.data?.user.locale;
  useEffect(() => {
    if (serverLocale) setLocale(serverLocale);
  }, [serverLocale, setLocale]);

  if (me.data === undefined) {
    return me.isError ? (
      <LoadError error={me.error} onRetry={() => void me.refetch()} />
    ) : (
      <PageSpin isFullPage />
    );
  }

  if (me.data === null) {
    const gateState: GateState = { from: `${location.pathname}${location.search}` };
    return (
      <Suspense fallback={<PageSpin isFullPage />}>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route path="*" element={<Navigate to="/login" replace state={gateState} />} />
        </Routes>
      </Suspense>
    );
  }

  return (
    <CurrentUserContext value={me.data}>
      <Suspense fallback={<PageSpin isFullPage />}>
        {me.data.user.mustChangePassword ? (
          <Routes>
            <Route path="/change-password" element={<ChangePasswordPage />} />
            <Route
              path="*"
              element={<Navigate to="/change-password" replace state={forcedState} />}
            />
          </Routes>
        ) : (
          <AppRoutes />
        )}
      </Suspense>
    </CurrentUserContext>
  );
}
