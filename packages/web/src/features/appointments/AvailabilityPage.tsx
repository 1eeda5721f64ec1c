import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TAvailability, TWeeklyWindow } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useUser } from '../../api/session.tsx';
import { useAction, useApiData } from '../../api/use-api.ts';
import { formatDate } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { CoordinatorSelect } from './CoordinatorSelect.tsx';
import { ExceptionForm } from './ExceptionForm.tsx';
import { WeeklyWindowForm } from './WeeklyWindowForm.tsx';
import { minutesToTime } from './slot-format.ts';
import { weekdayKey, weekdayKeys } from './weekdays.ts';

/** The availability editor: a week of windows, then extra openings and time off. */
export function AvailabilityPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const user = useUser();
  const [coordinatorId, setCoordinatorId] = useState(user.id);
  const availability = useApiData('listAvailability', { query: { coordinatorId } });
  const save = useAction();
  const [saved, setSaved] = useState(false);
  const mine: TAvailability | undefined = availability.data?.items.find(
    (a) => a.coordinatorId === coordinatorId,
  );

  async function setWindows(windows: TWeeklyWindow[]) {
    setSaved(false);
    const done = await save.run(() =>
      call('setWeeklyAvailability', { body: { coordinatorId, windows } }),
    );
    if (done) {
      setSaved(true);
      availability.reload();
    }
  }

  async function run(operation: () => Promise<unknown>) {
    setSaved(false);
    if (await save.run(operation)) availability.reload();
  }

  const windowText = (w: TWeeklyWindow) =>
    t('appointments.availability.window', {
      start: minutesToTime(w.startMinute),
      end: minutesToTime(w.endMinute),
      slot: w.slotMinutes,
      channels: w.channels
        .map((c) => t(`appointments.channels.${c}`))
        .join(t('common.listSeparator')),
    });

  return (
    <Page
      title={t('appointments.availability.title')}
      width="wide"
      lead={<p>{t('appointments.availability.lead')}</p>}
    >
      {user.role === 'supervisor' ? (
        <CoordinatorSelect
          label={t('appointments.availability.coordinator')}
          value={coordinatorId}
          onChange={setCoordinatorId}
        />
      ) : null}
      <ErrorAlert error={availability.error ?? save.error} />
      {saved ? (
        <Alert tone="success">
          <p>{t('appointments.availability.saved')}</p>
        </Alert>
      ) : null}
      {!availability.data ? <Loading /> : null}
      {mine ? (
        <>
          <Card title={t('appointments.availability.weekTitle')} testId="week-view">
            <ol className="week-view">
              {weekdayKeys.map((key, weekday) => {
                const windows = mine.weekly.filter((w) => w.weekday === weekday);
                return (
                  <li key={key} className="week-view__day">
                    <h3 className="week-view__name">{t(`appointments.weekdays.${key}`)}</h3>
                    {windows.length === 0 ? (
                      <p className="muted">{t('appointments.availability.none')}</p>
                    ) : (
                      <ul>
                        {windows.map((w) => (
                          <li key={`${w.weekday}-${w.startMinute}`}>
                            {windowText(w)}{' '}
                            <Button
                              variant="quiet"
                              aria-label={t('appointments.availability.removeFor', {
                                weekday: t(`appointments.weekdays.${weekdayKey(w.weekday)}`),
                                start: minutesToTime(w.startMinute),
                                end: minutesToTime(w.endMinute),
                              })}
                              onClick={() => void setWindows(mine.weekly.filter((x) => x !== w))}
                            >
                              {t('appointments.availability.remove')}
                            </Button>
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ol>
          </Card>
          <Card title={t('appointments.availability.addTitle')}>
            <WeeklyWindowForm
              pending={save.pending}
              onAdd={(w) => void setWindows([...mine.weekly, w])}
            />
          </Card>
          <Card title={t('appointments.availability.exceptionsTitle')}>
            {mine.exceptions.length === 0 ? (
              <p className="muted">{t('appointments.availability.exceptionsEmpty')}</p>
            ) : (
              <ul>
                {mine.exceptions.map((e) => (
                  <li key={e.id}>
                    {t(`appointments.availability.kinds.${e.kind}`)}：
                    {formatDate(e.startsAt, locale, { withTime: true })}〜
                    {formatDate(e.endsAt, locale, { withTime: true })}{' '}
                    <Button
                      variant="quiet"
                      onClick={() =>
                        void run(() =>
                          call('deleteAvailabilityException', { params: { id: e.id } }),
                        )
                      }
                    >
                      {t('appointments.availability.remove')}
                    </Button>
                  </li>
                ))}
              </ul>
            )}
            <ExceptionForm
              coordinatorId={coordinatorId}
              pending={save.pending}
              onAdd={(input) => void run(() => call('addAvailabilityException', { body: input }))}
            />
          </Card>
        </>
      ) : null}
    </Page>
  );
}
