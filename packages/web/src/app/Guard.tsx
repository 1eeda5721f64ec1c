import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session.tsx';
import { Button } from '../ui/Button.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { Loading } from '../ui/Loading.tsx';
import { Page } from '../ui/Page.tsx';
import { afterSignIn, decideRoute, paths, type RouteRule } from './guards.ts';

interface FromState {
  from?: string;
}

function fromOf(state: unknown): string | undefined {
  const from = (state as FromState | null)?.from;
  return typeof from === 'string' ? from : undefined;
}

/**
 * Shows the nested route when the session allows it, and otherwise sends the person on.
 * `guest` is shown instead to a visitor who is not signed in (the landing page at `/`).
 */
export function Guard({ rule, guest }: { rule: RouteRule; guest?: ReactNode }) {
  const { session, loadError, refresh } = useSession();
  const location = useLocation();
  const { t } = useTranslation();

  if (!session) {
    if (!loadError) return <Loading />;
    return (
      <Page title={t('errors.sessionTitle')}>
        <ErrorAlert error={loadError} />
        <Button onClick={() => void refresh()}>{t('common.retry')}</Button>
      </Page>
    );
  }

  if (guest && !session.user) return guest;

  if (rule.kind === 'guest' && session.user) {
    return <Navigate to={afterSignIn(session, fromOf(location.state))} replace />;
  }

  const decision = decideRoute(session, rule);
  if (decision.kind === 'redirect') {
    const state =
      decision.to === paths.signIn ? { from: location.pathname + location.search } : undefined;
    return <Navigate to={decision.to} replace state={state} />;
  }
  return <Outlet />;
}
