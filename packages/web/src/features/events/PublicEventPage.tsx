import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TPublicEvent } from '@yorisoi/shared';
import { useApiData } from '../../api/use-api.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { Button } from '../../ui/Button.tsx';
import { downloadEventCalendar } from './calendar-download.ts';
import { useEventTime } from './event-labels.ts';
import { KindBadges, SeatsBadge } from './SeatsBadge.tsx';
import { publicEventsPath } from './event-paths.ts';
import { RegisterForm } from './RegisterForm.tsx';
import { facilityPath } from '../childcare/childcare-paths.ts';

/** One event for residents: everything about it, then the registration form. */
export function PublicEventPage() {
  const { t } = useTranslation();
  const { code = '', id = '' } = useParams();
  const {
    data: event,
    error,
    loading,
    reload,
  } = useApiData('getPublicEvent', {
    params: { code, id },
  });
  const back = (
    <Link to={publicEventsPath(code)} className="text-link back-link">
      <span aria-hidden="true">‹ </span>
      {t('events.detail.back')}
    </Link>
  );
  if (!event) {
    return (
      <Page title={t('events.staff.title')} leading={back}>
        <ErrorAlert error={error} />
        {loading ? <Loading /> : null}
      </Page>
    );
  }
  return (
    <Page title={event.title} leading={back}>
      <div className="event-detail__badges">
        <KindBadges event={event} />
        <SeatsBadge event={event} />
      </div>
      <EventFacts event={event} />
      {event.description ? <p className="event-detail__description">{event.description}</p> : null}
      <Button variant="secondary" onClick={() => void downloadEventCalendar(code, event.id)}>
        {t('events.detail.calendar')}
      </Button>
      <RegisterForm code={code} event={event} onRegistered={reload} />
    </Page>
  );
}

export function EventFacts({ event }: { event: TPublicEvent }) {
  const { t } = useTranslation();
  const { whenLabel, untilLabel, sinceLabel } = useEventTime();
  const rows: [string, React.ReactNode][] = [
    [t('events.detail.when'), whenLabel(event)],
    [
      t('events.detail.where'),
      <>
        {event.placeName ? <span className="event-detail__line">{event.placeName}</span> : null}
        {event.address ? <span className="event-detail__line">{event.address}</span> : null}
        {event.onlineUrl ? <span className="event-detail__line">{t('events.online')}</span> : null}
        {event.hostFacilityId ? (
          <Link
            to={facilityPath(event.municipalityCode, event.hostFacilityId)}
            className="text-link event-detail__line"
          >
            {t('events.detail.hostFacility')}
          </Link>
        ) : null}
      </>,
    ],
  ];
  if (event.target) rows.push([t('events.detail.target'), event.target]);
  if (event.fee) rows.push([t('events.detail.fee'), event.fee]);
  if (event.childcare) {
    rows.push([
      t('events.detail.childcareDetails'),
      event.childcareDetails ?? t('events.childcare'),
    ]);
  }
  rows.push([
    t('events.detail.capacity'),
    t('events.detail.capacityValue', { count: event.capacity }),
  ]);
  if (event.registrationOpensAt)
    rows.push([t('events.detail.opens'), sinceLabel(event.registrationOpensAt)]);
  if (event.registrationClosesAt)
    rows.push([t('events.detail.closes'), untilLabel(event.registrationClosesAt)]);
  return (
    <dl className="event-facts">
      {rows.map(([term, value]) => (
        <div key={term} className="event-facts__row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
