import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TPublicEvent } from '@yorisoi/shared';
import { Card } from '../../ui/Card.tsx';
import { useEventTime } from '../events/event-labels.ts';
import { publicEventsPath } from '../events/event-paths.ts';
import { EventCard } from '../events/EventCard.tsx';

/** The facility's coming events, each linking to its page where a parent registers. */
export function FacilityEvents({ code, events }: { code: string; events: TPublicEvent[] }) {
  const { t } = useTranslation();
  const { whenLabel } = useEventTime();
  return (
    <Card title={t('childcare.facility.events')}>
      {events.length === 0 ? (
        <p className="empty">{t('childcare.facility.noEvents')}</p>
      ) : (
        <ul className="event-list">
          {events.map((event) => (
            <EventCard key={event.id} code={code} event={event} when={whenLabel(event)} />
          ))}
        </ul>
      )}
      <Link to={publicEventsPath(code)} className="text-link">
        {t('childcare.facility.allEvents')}
      </Link>
    </Card>
  );
}
