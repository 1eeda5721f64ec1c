import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { addMonths, apiRoutes, japanMonthOf, type TStaffEvent } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { useUser } from '../../api/session.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { useEventTime } from './event-labels.ts';
import { EventForm } from './EventForm.tsx';
import { publicEventsPath, staffEventPath } from './event-paths.ts';

export function StaffStatus({ event }: { event: TStaffEvent }) {
  const { t } = useTranslation();
  if (event.cancelled) return <Badge tone="bad">{t('events.staff.status.cancelled')}</Badge>;
  return event.published ? (
    <Badge tone="good">{t('events.staff.status.published')}</Badge>
  ) : (
    <Badge>{t('events.staff.status.draft')}</Badge>
  );
}

/** City staff: the month's events with their counts, creating one, the open-data export. */
export function StaffEventsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const month = search.get('month') ?? japanMonthOf(new Date());
  const { data, error, loading } = useApiData('listEvents', { query: { month } });
  const [creating, setCreating] = useState(false);
  const action = useAction();
  const { whenLabel } = useEventTime();
  const [year, mon] = month.split('-').map(Number);
  const code = data?.municipalityCode ?? null;

  return (
    <Page
      title={t('events.staff.title')}
      width="wide"
      lead={<p>{t('events.staff.lead')}</p>}
      actions={
        <>
          {/* The open-data export is the city's; facility staff keep their own events only. */}
          {user.role === 'facility_staff' ? null : (
            <a className="button button--secondary" href={apiRoutes.exportEvents.path} download>
              {t('events.staff.export')}
            </a>
          )}
          {code ? (
            <Link className="button button--quiet" to={publicEventsPath(code)}>
              {t('events.staff.publicPage')}
            </Link>
          ) : null}
          <Button onClick={() => setCreating(true)}>{t('events.staff.new')}</Button>
        </>
      }
    >
      {creating ? (
        <Card title={t('events.staff.form.createTitle')}>
          <EventForm
            event={null}
            pending={action.pending}
            error={action.error}
            onSubmit={(input) =>
              void action
                .run(() => call('createEvent', { body: input }))
                .then((created) => {
                  if (created) void navigate(staffEventPath(created.id));
                })
            }
          />
        </Card>
      ) : null}
      <div className="month-nav">
        <button
          type="button"
          className="month-nav__button"
          onClick={() => setSearch({ month: addMonths(month, -1) })}
        >
          ‹ {t('events.list.previous')}
        </button>
        <h2 className="month-nav__title">{t('events.monthTitle', { year, month: mon })}</h2>
        <button
          type="button"
          className="month-nav__button"
          onClick={() => setSearch({ month: addMonths(month, 1) })}
        >
          {t('events.list.next')} ›
        </button>
      </div>
      <ErrorAlert error={error} />
      {loading && !data ? <Loading /> : null}
      {data ? (
        <div className="staff-events">
          <DataTable
            caption={t('events.staff.title')}
            rows={data.items}
            rowKey={(e) => e.id}
            empty={t('events.staff.empty')}
            testId="staff-events"
            columns={[
              { key: 'when', header: t('events.staff.columns.when'), render: (e) => whenLabel(e) },
              {
                key: 'title',
                header: t('events.staff.columns.title'),
                rowHeader: true,
                render: (e) => <Link to={staffEventPath(e.id)}>{e.title}</Link>,
              },
              {
                key: 'status',
                header: t('events.staff.columns.status'),
                render: (e) => <StaffStatus event={e} />,
              },
              {
                key: 'registered',
                header: t('events.staff.columns.registered'),
                numeric: true,
                render: (e) => `${e.registeredCount} / ${e.capacity}`,
              },
              {
                key: 'waiting',
                header: t('events.staff.columns.waiting'),
                numeric: true,
                render: (e) => e.waitingCount,
              },
              {
                key: 'attended',
                header: t('events.staff.columns.attended'),
                numeric: true,
                render: (e) => e.attendedCount,
              },
            ]}
          />
        </div>
      ) : null}
    </Page>
  );
}
