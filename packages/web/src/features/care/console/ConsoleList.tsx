import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TConsultation } from '@yorisoi/shared';
import type { ApiData } from '../../../api/use-api.ts';
import { consultationPath } from '../../../app/guards.ts';
import { formatDate, formatNumber } from '../../../i18n/format.ts';
import { currentLocale } from '../../../i18n/index.ts';
import { Badge } from '../../../ui/Badge.tsx';
import { topicList } from '../../consultations/labels.ts';
import { useNow } from '../../consultations/use-now.ts';
import { UrgencyBadge } from '../../consultations/UrgencyBadge.tsx';
import { replyWait, unreadOf } from './console-figures.ts';
import { AlertSettings } from './AlertSettings.tsx';
import { ShortcutHelp } from './ShortcutHelp.tsx';

const clockMs = 15_000;

/** The console's left pane: my consultations, who waits longest first, with unread counts. */
export function ConsoleList({
  list,
  currentId,
}: {
  list: ApiData<{ items: TConsultation[] }>;
  currentId: string;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const now = useNow(clockMs);
  const items = list.data?.items ?? [];
  return (
    <nav className="console-list" aria-label={t('console.listLabel')} data-testid="console-list">
      <h2 className="console-pane__title">{t('console.listLabel')}</h2>
      {list.data && items.length === 0 ? <p className="muted">{t('console.listEmpty')}</p> : null}
      <ul className="console-list__items">
        {items.map((c) => {
          const current = c.id === currentId;
          const unread = current ? 0 : unreadOf(c);
          return (
            <li key={c.id}>
              <Link
                to={consultationPath(c.id)}
                className={`console-item${current ? ' console-item--current' : ''}`}
                aria-current={current ? 'page' : undefined}
                data-testid="console-item"
              >
                <span className="console-item__topics">
                  {topicList(c.topics, locale, t('consultations.topicSeparator'))}
                </span>
                <span className="console-item__meta">
                  {c.status === 'closed' ? (
                    <Badge>{t('console.closedItem')}</Badge>
                  ) : c.awaitingReplySince ? (
                    <Badge tone="warning">{replyWait(t, c.awaitingReplySince, now, locale)}</Badge>
                  ) : (
                    <span className="muted">{t('console.answered')}</span>
                  )}
                  {c.urgency > 0 && c.status !== 'closed' ? (
                    <UrgencyBadge urgency={c.urgency} />
                  ) : null}
                  {unread > 0 ? (
                    <span className="console-item__unread" data-testid="console-unread">
                      {t('console.unread', { n: formatNumber(unread, locale) })}
                    </span>
                  ) : null}
                </span>
                <span className="console-item__date muted">
                  {t('console.started', {
                    date: formatDate(c.createdAt, locale, { withTime: true }),
                  })}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
      <AlertSettings />
      <ShortcutHelp />
    </nav>
  );
}
