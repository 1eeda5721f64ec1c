import { useTranslation } from 'react-i18next';
import type { TPublicEvent } from '@yorisoi/shared';
import { Badge } from '../../ui/Badge.tsx';

/** What a parent needs at a glance: places left, the waiting list, or why not. */
export function SeatsBadge({ event }: { event: TPublicEvent }) {
  const { t } = useTranslation();
  switch (event.registration) {
    case 'open':
      return event.seatsLeft > 0 ? (
        <Badge tone="good">{t('events.seats.left', { count: event.seatsLeft })}</Badge>
      ) : (
        <Badge tone="warning">{t('events.seats.full')}</Badge>
      );
    case 'not_yet':
      return <Badge>{t('events.seats.notYet')}</Badge>;
    case 'closed':
      return <Badge>{t('events.seats.closed')}</Badge>;
    case 'over':
      return <Badge>{t('events.seats.over')}</Badge>;
    case 'cancelled':
      return <Badge tone="bad">{t('events.seats.cancelled')}</Badge>;
  }
}

export function KindBadges({ event }: { event: Pick<TPublicEvent, 'kind' | 'childcare'> }) {
  const { t } = useTranslation();
  return (
    <span className="event-badges">
      <Badge>{t(`events.kinds.${event.kind}`)}</Badge>
      {event.childcare ? <Badge tone="good">{t('events.childcare')}</Badge> : null}
    </span>
  );
}
