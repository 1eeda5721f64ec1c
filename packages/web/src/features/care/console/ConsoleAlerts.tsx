import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TConsultation } from '@yorisoi/shared';
import { useApiData } from '../../../api/use-api.ts';
import { consultationPath } from '../../../app/guards.ts';
import { useLiveRefresh } from '../../consultations/use-live-refresh.ts';
import { unseenCount, useCrisisInbox } from '../../crisis/crisis-context.ts';
import { chime, notifyWhileHidden, soundOn } from './alert-settings.ts';
import { unreadOf } from './console-figures.ts';
import { useTitleCount } from './title-count.ts';

interface Toast {
  key: string;
  kind: 'assigned' | 'message';
  consultationId: string;
}

const toastMs = 20_000;

/**
 * New arrivals since the last read of the list: newly assigned, or the person wrote again
 * (their latest unanswered message moved; system lines and the care team's own do not).
 */
function arrivals(
  before: Map<string, string | null>,
  items: readonly TConsultation[],
  viewing: string | null,
): Toast[] {
  const found: Toast[] = [];
  for (const c of items) {
    if (c.status === 'closed') continue;
    const key = `${c.id}:${c.lastSeq}`;
    const waiting = c.awaitingReplySince ?? null;
    if (!before.has(c.id)) found.push({ key, kind: 'assigned', consultationId: c.id });
    else if (waiting && waiting !== before.get(c.id) && c.id !== viewing) {
      found.push({ key, kind: 'message', consultationId: c.id });
    }
  }
  return found;
}

/**
 * Mounted on every staff screen: a newly assigned consultation or a new message announces
 * itself at once — a toast, the tab title's count, an optional chime and a desktop
 * notification while the tab is hidden — driven by the content-free live notices.
 */
export function ConsoleAlerts() {
  const { t } = useTranslation();
  const list = useApiData('listMyConsultations');
  useLiveRefresh(list.reload, 'myConsultations');
  const crisis = useCrisisInbox();
  const location = useLocation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const known = useRef<Map<string, string | null> | null>(null);
  const path = useRef(location.pathname);
  useEffect(() => {
    path.current = location.pathname;
  }, [location.pathname]);

  const items = list.data?.items;
  const viewing = items?.find((c) => consultationPath(c.id) === location.pathname)?.id ?? null;
  const unread = (items ?? []).filter(
    (c) => c.status !== 'closed' && c.id !== viewing && unreadOf(c) > 0,
  ).length;
  useTitleCount(unread + unseenCount(crisis?.data));

  useEffect(() => {
    if (!items) return;
    const before = known.current;
    known.current = new Map(items.map((c) => [c.id, c.awaitingReplySince ?? null]));
    if (!before) return;
    const open = items.find((c) => consultationPath(c.id) === path.current)?.id ?? null;
    const fresh = arrivals(before, items, document.hidden ? null : open);
    if (fresh.length === 0) return;
    setToasts((current) => [...current, ...fresh].slice(-4));
    if (soundOn()) chime();
    const first = fresh[0] as Toast;
    void notifyWhileHidden(
      t('console.alerts.pushTitle'),
      t(`console.alerts.${first.kind}`),
      consultationPath(first.consultationId),
      `console-${first.kind}`,
    );
    const timer = setTimeout(
      () => setToasts((current) => current.filter((toast) => !fresh.includes(toast))),
      toastMs,
    );
    return () => clearTimeout(timer);
  }, [items, t]);

  return (
    <div className="toasts" role="status" aria-label={t('console.alerts.region')}>
      {toasts.map((toast) => (
        <div key={toast.key} className="toast" data-testid="toast">
          <p className="toast__text">{t(`console.alerts.${toast.kind}`)}</p>
          <div className="row-actions">
            <Link
              to={consultationPath(toast.consultationId)}
              className="toast__link"
              onClick={() => setToasts((current) => current.filter((x) => x !== toast))}
            >
              {t('console.alerts.open')}
            </Link>
            <button
              type="button"
              className="toast__dismiss"
              onClick={() => setToasts((current) => current.filter((x) => x !== toast))}
            >
              {t('console.alerts.dismiss')}
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
