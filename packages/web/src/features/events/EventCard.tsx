import { Link } from 'react-router';
import type { TPublicEvent } from '@yorisoi/shared';
import { usePlaceLabel } from './event-labels.ts';
import { publicEventPath } from './event-paths.ts';
import { KindBadges, SeatsBadge } from './SeatsBadge.tsx';

/** One event in a list for residents: when, what, where, kind and seats, linking to its page. */
export function EventCard({
  code,
  event,
  when,
}: {
  code: string;
  event: TPublicEvent;
  when: string;
}) {
  const placeLabel = usePlaceLabel();
  return (
    <li className="event-card">
      <Link to={publicEventPath(code, event.id)} className="event-card__link">
        <span className="event-card__time">{when}</span>
        <span className="event-card__title">{event.title}</span>
        <span className="event-card__place">{placeLabel(event)}</span>
      </Link>
      <div className="event-card__meta">
        <KindBadges event={event} />
        <SeatsBadge event={event} />
      </div>
    </li>
  );
}
