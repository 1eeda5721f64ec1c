import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TEventRegistration } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { EventForm } from './EventForm.tsx';
import { StaffStatus } from './StaffEventsPage.tsx';
import { staffEventsPath } from './event-paths.ts';
import { useEventTime } from './event-labels.ts';

/** One event for city staff: change or call it off, who registered, who came. */
export function StaffEventPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, loading, reload } = useApiData('listEventRegistrations', { params: { id } });
  const save = useAction();
  const attendance = useAction();
  const { whenLabel } = useEventTime();
  const back = (
    <Link to={staffEventsPath} className="text-link back-link">
      ‹ {t('events.staff.form.back')}
    </Link>
  );
  if (!data) {
    return (
      <Page title={t('events.staff.title')} leading={back} width="wide">
        <ErrorAlert error={error} />
        {loading ? <Loading /> : null}
      </Page>
    );
  }
  const { event, items } = data;
  const mark = (registration: TEventRegistration, attended: boolean) =>
    void attendance
      .run(() =>
        call('recordEventAttendance', {
          params: { id, registrationId: registration.id },
          body: { attended },
        }),
      )
      .then((done) => done && reload());

  return (
    <Page
      title={event.title}
      leading={back}
      width="wide"
      lead={
        <p>
          {whenLabel(event)} <StaffStatus event={event} />
        </p>
      }
      actions={
        event.cancelled ? null : (
          <Button
            variant="danger"
            pending={save.pending}
            onClick={() => {
              if (!window.confirm(t('events.staff.form.cancelConfirm'))) return;
              void save
                .run(() => call('cancelEvent', { params: { id } }))
                .then((done) => done && reload());
            }}
          >
            {t('events.staff.form.cancelEvent')}
          </Button>
        )
      }
    >
      <Card title={t('events.staff.registrations.title')}>
        <ErrorAlert error={attendance.error} />
        <DataTable
          caption={t('events.staff.registrations.caption')}
          rows={items}
          rowKey={(r) => r.id}
          empty={t('events.staff.registrations.empty')}
          testId="event-registrations"
          columns={[
            {
              key: 'name',
              header: t('events.staff.registrations.name'),
              rowHeader: true,
              render: (r) => r.name ?? t('events.staff.registrations.purged'),
            },
            {
              key: 'contact',
              header: t('events.staff.registrations.contact'),
              render: (r) => [r.email, r.phone].filter(Boolean).join(' / '),
            },
            {
              key: 'party',
              header: t('events.staff.registrations.party'),
              render: (r) =>
                t('events.staff.registrations.partyValue', {
                  adults: r.adults,
                  children: r.children,
                }),
            },
            {
              key: 'status',
              header: t('events.staff.registrations.status'),
              render: (r) =>
                t(`events.cancel.status.${r.status}`, { position: r.waitingPosition ?? '' }),
            },
            {
              key: 'attendance',
              header: t('events.staff.registrations.attendance'),
              render: (r) =>
                r.status === 'registered' ? (
                  <Button
                    variant="secondary"
                    pending={attendance.pending}
                    onClick={() => mark(r, true)}
                  >
                    {t('events.staff.registrations.markAttended')}
                  </Button>
                ) : r.status === 'attended' ? (
                  <Button
                    variant="quiet"
                    pending={attendance.pending}
                    onClick={() => mark(r, false)}
                  >
                    {t('events.staff.registrations.unmark')}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      {event.cancelled ? null : (
        <Card title={t('events.staff.form.editTitle')}>
          <EventForm
            key={event.id}
            event={event}
            pending={save.pending}
            error={save.error}
            onSubmit={(input) =>
              void save
                .run(() => call('updateEvent', { params: { id }, body: input }))
                .then((done) => done && reload())
            }
          />
        </Card>
      )}
      {event.cancelled ? <Alert tone="warning" title={t('events.seats.cancelled')} /> : null}
    </Page>
  );
}
