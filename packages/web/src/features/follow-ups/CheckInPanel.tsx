import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCheckIn } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { CheckInForm } from './CheckInForm.tsx';
import { CheckInSummary } from './CheckInSummary.tsx';

/** The panel's anchor: the close form's refusal links here. */
export const checkInPanelId = 'check-ins';

/**
 * The console's 確認の予定 panel: plan when to contact the person again (a follow-up that
 * lets a high-risk consultation close), move it or call it off.
 */
export function CheckInPanel({
  consultationId,
  changes,
}: {
  consultationId: string;
  changes: number;
}) {
  const { t } = useTranslation();
  const list = useApiData('listConsultationCheckIns', { params: { id: consultationId } });
  const cancel = useAction();
  const [moving, setMoving] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const { reload } = list;
  useEffect(() => {
    if (changes > 0) reload();
  }, [changes, reload]);
  const items = (list.data?.items ?? []).filter((c) => c.state !== 'cancelled');

  async function callOff(checkIn: TCheckIn) {
    const done = await cancel.run(() => call('cancelCheckIn', { params: { id: checkIn.id } }));
    if (done) reload();
  }

  return (
    <section className="card care-section" id={checkInPanelId} data-testid="check-in-panel">
      <h2 className="card__title">{t('followUps.checkIns.panelTitle')}</h2>
      <p className="muted">{t('followUps.checkIns.panelLead')}</p>
      <ErrorAlert error={list.error ?? cancel.error ?? null} />
      {items.length > 0 ? (
        <ul className="check-in-list" data-testid="check-in-list">
          {items.map((checkIn) => (
            <li key={checkIn.id}>
              <CheckInSummary checkIn={checkIn} />
              {checkIn.state === 'due' || checkIn.state === 'overdue' ? (
                moving === checkIn.id ? (
                  <CheckInForm
                    initial={checkIn}
                    submitLabel={t('followUps.checkIns.saveReschedule')}
                    onCancel={() => setMoving(null)}
                    onSubmit={async (plan) => {
                      const moved = await call('rescheduleCheckIn', {
                        params: { id: checkIn.id },
                        body: plan,
                      });
                      setMoving(null);
                      reload();
                      return moved;
                    }}
                  />
                ) : (
                  <div className="row-actions">
                    <Button variant="secondary" onClick={() => setMoving(checkIn.id)}>
                      {t('followUps.checkIns.reschedule')}
                    </Button>
                    <Button
                      variant="quiet"
                      pending={cancel.pending}
                      onClick={() => void callOff(checkIn)}
                    >
                      {t('followUps.checkIns.cancel')}
                    </Button>
                  </div>
                )
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('followUps.checkIns.empty')}</p>
      )}
      {adding ? (
        <CheckInForm
          submitLabel={t('followUps.checkIns.schedule')}
          onCancel={() => setAdding(false)}
          onSubmit={async (plan) => {
            const created = await call('scheduleCheckIn', {
              params: { id: consultationId },
              body: plan,
            });
            setAdding(false);
            reload();
            return created;
          }}
        />
      ) : (
        <Button variant="secondary" onClick={() => setAdding(true)}>
          {t('followUps.checkIns.add')}
        </Button>
      )}
    </section>
  );
}
