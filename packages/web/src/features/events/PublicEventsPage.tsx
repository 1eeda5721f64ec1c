import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { addMonths, japanMonthOf, type TPublicEvent } from '@yorisoi/shared';
import { useApiData } from '../../api/use-api.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { groupByDay, monthGrid } from './event-calendar.ts';
import { useEventTime } from './event-labels.ts';
import { EventCard } from './EventCard.tsx';

/**
 * A municipality's events for residents, without signing in: a month calendar that marks
 * the days with events, then the month's events grouped by day. Phone first.
 */
export function PublicEventsPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const month = search.get('month') ?? japanMonthOf(new Date());
  const { data, error, loading } = useApiData('listPublicEvents', {
    params: { code },
    query: { month },
  });
  const [year, mon] = month.split('-').map(Number);
  const monthTitle = t('events.monthTitle', { year, month: mon });
  const go = (delta: number) => setSearch({ month: addMonths(month, delta) });

  return (
    <Page
      title={
        data
          ? t('events.list.title', { municipality: data.municipalityName })
          : t('events.staff.title')
      }
      lead={<p>{t('events.list.lead')}</p>}
    >
      <div className="month-nav">
        <button type="button" className="month-nav__button" onClick={() => go(-1)}>
          <span aria-hidden="true">‹ </span>
          {t('events.list.previous')}
        </button>
        <h2 className="month-nav__title" aria-live="polite">
          {monthTitle}
        </h2>
        <button type="button" className="month-nav__button" onClick={() => go(1)}>
          {t('events.list.next')}
          <span aria-hidden="true"> ›</span>
        </button>
      </div>
      <ErrorAlert error={error} />
      {loading && !data ? <Loading /> : null}
      {data ? (
        <>
          <MonthCalendar
            month={month}
            items={data.items}
            label={t('events.list.calendar', { month: monthTitle })}
          />
          <EventDays items={data.items} code={code} />
        </>
      ) : null}
    </Page>
  );
}

function MonthCalendar({
  month,
  items,
  label,
}: {
  month: string;
  items: readonly TPublicEvent[];
  label: string;
}) {
  const { t } = useTranslation();
  const { dayLabel } = useEventTime();
  const counts = new Map(groupByDay(items).map(([day, list]) => [day, list]));
  return (
    <table className="month-calendar" aria-label={label}>
      <thead>
        <tr>
          {['0', '1', '2', '3', '4', '5', '6'].map((weekday) => (
            <th
              key={weekday}
              scope="col"
              className={`month-calendar__weekday month-calendar__weekday--${weekday}`}
            >
              {t(`events.weekdays.${weekday}` as 'events.weekdays.0')}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthGrid(month).map((week, w) => (
          <tr key={w}>
            {week.map((day, d) => {
              const list = day ? counts.get(day) : undefined;
              return (
                <td
                  key={d}
                  className={
                    list ? 'month-calendar__day month-calendar__day--busy' : 'month-calendar__day'
                  }
                >
                  {day && list ? (
                    <a
                      href={`#day-${day}`}
                      aria-label={t('events.list.jumpToDay', { day: dayLabel(day) })}
                    >
                      <span className="month-calendar__date">{Number(day.slice(8))}</span>
                      <span className="month-calendar__dot" aria-hidden="true">
                        ●
                      </span>
                    </a>
                  ) : day ? (
                    <span className="month-calendar__date">{Number(day.slice(8))}</span>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function EventDays({ items, code }: { items: readonly TPublicEvent[]; code: string }) {
  const { t } = useTranslation();
  const { dayLabel, timeLabel } = useEventTime();
  if (items.length === 0) return <p className="empty">{t('events.list.empty')}</p>;
  return (
    <div className="event-days">
      {groupByDay(items).map(([day, list]) => (
        <section
          key={day}
          id={`day-${day}`}
          className="event-day"
          aria-labelledby={`day-${day}-title`}
        >
          <h2 id={`day-${day}-title`} className="event-day__title">
            {dayLabel(day)}
          </h2>
          <ul className="event-list">
            {list.map((event) => (
              <EventCard key={event.id} code={code} event={event} when={timeLabel(event)} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
