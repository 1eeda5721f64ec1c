import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Role, WorkProgrammeKind } from '@yorisoi/shared';
import { deskNavFor, navFor, tabsFor } from './nav.ts';
import { NavMenu } from './NavMenu.tsx';
import { NavIcon } from './NavIcon.tsx';
import { paths } from './guards.ts';

/** The one-row menu under the header at a desk; long staff rows fold into group menus. */
export function DeskNav({
  role,
  programmeKind,
}: {
  role: Role;
  programmeKind: WorkProgrammeKind | null;
}) {
  const { t } = useTranslation();
  return (
    <nav className="site-nav" aria-label={t('nav.label')}>
      <ul className="site-nav__list">
        {deskNavFor(role, programmeKind).map((entry) =>
          entry.kind === 'link' ? (
            <li key={entry.item.key}>
              <NavLink to={entry.item.to} end className="site-nav__link">
                {t(`nav.${entry.item.key}`)}
              </NavLink>
            </li>
          ) : (
            <li key={entry.key}>
              <NavMenu variant="group" label={t(`nav.group.${entry.key}`)} items={entry.items} />
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}

/** Staff on a phone: one menu button in the header opens the whole list. */
export function PhoneMenu({
  role,
  programmeKind,
}: {
  role: Role;
  programmeKind: WorkProgrammeKind | null;
}) {
  const { t } = useTranslation();
  return (
    <nav className="phone-menu" aria-label={t('nav.label')}>
      <NavMenu
        variant="drawer"
        label={t('nav.menu')}
        labelHidden
        items={navFor(role, programmeKind)}
        icon={
          <svg className="nav-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M4 7h16M4 12h16M4 17h16" stroke="currentColor" strokeWidth="2" />
          </svg>
        }
      />
    </nav>
  );
}

/** People on a phone: tabs fixed at the foot, like a messaging or banking app. */
export function TabBar({
  role,
  programmeKind,
}: {
  role: Role;
  programmeKind: WorkProgrammeKind | null;
}) {
  const { t } = useTranslation();
  const { tabs, more } = tabsFor(role, programmeKind);
  return (
    <nav className="tab-bar" aria-label={t('nav.label')}>
      <ul className="tab-bar__list">
        {tabs.map((item) => (
          <li key={item.key}>
            <NavLink to={item.to} end={item.to === paths.home} className="tab-bar__tab">
              <NavIcon name={item.key} />
              <span className="tab-bar__label">{t(`nav.tab.${item.key}`)}</span>
            </NavLink>
          </li>
        ))}
        {more.length > 0 ? (
          <li>
            <NavMenu
              variant="more"
              label={t('nav.more')}
              items={more}
              icon={<NavIcon name="more" />}
            />
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
