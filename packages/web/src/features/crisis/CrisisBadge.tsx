import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../app/guards.ts';
import { formatNumber } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { unseenCount, useCrisisInbox } from './crisis-context.ts';

/** The header's 緊急 link: a red count of unacknowledged crises on every staff screen. */
export function CrisisBadge() {
  const { t } = useTranslation();
  const inbox = useCrisisInbox();
  if (!inbox) return null;
  const count = unseenCount(inbox.data);
  return (
    <NavLink
      to={paths.crisis}
      className={`crisis-link${count > 0 ? ' crisis-link--alert' : ''}`}
      data-testid="crisis-badge"
    >
      {t('crisis.badge')}
      {count > 0 ? (
        <span className="crisis-link__count" data-testid="crisis-count">
          {formatNumber(count, currentLocale())}
        </span>
      ) : null}
      <span className="visually-hidden">
        {count > 0
          ? t('crisis.badgeLabel', { n: formatNumber(count, currentLocale()) })
          : t('crisis.badgeLabelNone')}
      </span>
    </NavLink>
  );
}
