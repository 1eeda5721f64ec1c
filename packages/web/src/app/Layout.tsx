import { Outlet, Link, useLocation } from 'react-router';
import { countUnsent } from '../features/consultations/outbox-keys.ts';
import { useTranslation } from 'react-i18next';
import { isConsultingRole } from '@yorisoi/shared';
import { useSession } from '../api/session.tsx';
import { EmergencyStrip } from '../features/home/EmergencyContacts.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { layoutFor } from './nav.ts';
import { DeskNav, PhoneMenu, TabBar } from './SiteNav.tsx';
import { paths } from './guards.ts';
import { CrisisBadge } from '../features/crisis/CrisisBadge.tsx';
import { lazy, Suspense, type ReactNode } from 'react';
import { Loading } from '../ui/Loading.tsx';

const LiveProviders = lazy(async () => ({
  default: (await import('./LiveProviders.tsx')).LiveProviders,
}));

export function Layout() {
  const { t } = useTranslation();
  const { session, signOut } = useSession();
  const { pathname } = useLocation();
  const user = session?.user ?? null;
  const fullyIn = user && (session?.mfa === 'ok' || session?.mfa === 'not_required');
  const consentPending = user && isConsultingRole(user.role) && user.consent.required;
  const showNav = fullyIn && !consentPending;
  const consulting = showNav && isConsultingRole(user.role);
  const careTeam = showNav && ['coordinator', 'supervisor'].includes(user.role);
  const canCall = showNav && (consulting || careTeam);
  // The session-long socket (calls and live notices) serves the header too: the 緊急 count.
  const live = (children: ReactNode) =>
    canCall ? (
      <Suspense fallback={<Loading />}>
        <LiveProviders userId={user.id} careTeam={Boolean(careTeam)}>
          {children}
        </LiveProviders>
      </Suspense>
    ) : (
      children
    );

  return live(
    <div className={`shell shell--${layoutFor(user?.role)}${consulting ? ' shell--tabs' : ''}`}>
      <a className="skip-link" href="#main">
        {t('header.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={paths.home} className="brand">
            <img src="/icon.svg" alt="" className="brand__icon" width="32" height="32" />
            <span className="brand__text">
              <span className="brand__name">{t('app.name')}</span>
              <span className="brand__tagline">{t('app.tagline')}</span>
            </span>
          </Link>
          <div className="site-header__tools">
            {careTeam ? <CrisisBadge /> : null}
            {showNav && !consulting ? (
              <PhoneMenu role={user.role} programmeKind={user.programme?.kind ?? null} />
            ) : null}
            <LanguageSwitch />
            {user ? (
              <button
                type="button"
                className="header-button"
                onClick={() => {
                  const unsent = countUnsent(window.localStorage, user.id);
                  if (unsent > 0 && !window.confirm(t('header.unsentOnSignOut', { count: unsent })))
                    return;
                  void signOut();
                }}
              >
                {t('header.signOut')}
              </button>
            ) : session && pathname !== paths.signIn ? (
              <Link to={paths.signIn} className="header-button header-button--link">
                {t('landing.signIn')}
              </Link>
            ) : null}
          </div>
        </div>
        {showNav ? <DeskNav role={user.role} programmeKind={user.programme?.kind ?? null} /> : null}
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        {user && isConsultingRole(user.role) ? <EmergencyStrip /> : null}
        <p className="site-footer__note">{t('footer.note')}</p>
      </footer>
      {consulting ? <TabBar role={user.role} programmeKind={user.programme?.kind ?? null} /> : null}
    </div>,
  );
}
