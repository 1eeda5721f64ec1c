import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckInState, TCheckIn } from '@yorisoi/shared';
import { useApiData } from '../../api/use-api.ts';
import { consultationPath } from '../../app/guards.ts';
import { Button, LinkButton } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { useLiveRefresh } from '../consultations/use-live-refresh.ts';
import { usePolling } from '../consultations/use-polling.ts';
import { CheckInContact } from './CheckInContact.tsx';
import { CheckInSummary } from './CheckInSummary.tsx';

/** A check-in turns overdue by the clock alone: read again every minute. */
const pollMs = 60_000;
const order: readonly CheckInState[] = ['overdue', 'due', 'done'];

/**
 * 予定の確認: the planned contacts of the care team — past their time first, then those to
 * come, then those done this week. Contacting the person is one step from here.
 */
export function CheckInsPage() {
  const { t } = useTranslation();
  const list = useApiData('listCheckIns');
  useLiveRefresh(list.reload, 'crisis');
  usePolling(list.reload, pollMs);
  const items = [...(list.data?.items ?? [])].sort(
    (a, b) => order.indexOf(a.state) - order.indexOf(b.state),
  );
  return (
    <Page title={t('followUps.checkIns.title')} lead={<p>{t('followUps.checkIns.lead')}</p>}>
      <ErrorAlert error={list.error ?? null} />
      {list.loading && !list.data ? <Loading /> : null}
      {list.data && items.length === 0 ? <p>{t('followUps.checkIns.empty')}</p> : null}
      {items.length > 0 ? (
        <ul className="check-in-list" data-testid="check-ins">
          {items.map((checkIn) => (
            <CheckInRow key={checkIn.id} checkIn={checkIn} onDone={list.reload} />
          ))}
        </ul>
      ) : null}
    </Page>
  );
}

function CheckInRow({ checkIn, onDone }: { checkIn: TCheckIn; onDone: () => void }) {
  const { t } = useTranslation();
  const [writing, setWriting] = useState(false);
  const open = checkIn.state === 'due' || checkIn.state === 'overdue';
  return (
    <li data-testid="check-in">
      <CheckInSummary checkIn={checkIn} />
      {writing ? (
        <CheckInContact
          checkIn={checkIn}
          onCancel={() => setWriting(false)}
          onDone={() => {
            setWriting(false);
            onDone();
          }}
        />
      ) : (
        <div className="row-actions">
          {open ? (
            <Button onClick={() => setWriting(true)}>{t('followUps.checkIns.contact')}</Button>
          ) : null}
          <LinkButton to={consultationPath(checkIn.consultationId)} variant="secondary">
            {t('followUps.checkIns.open')}
          </LinkButton>
          {checkIn.state === 'done' && checkIn.followUpConsultationId ? (
            <LinkButton to={consultationPath(checkIn.followUpConsultationId)} variant="quiet">
              {t('followUps.checkIns.openFollowUp')}
            </LinkButton>
          ) : null}
        </div>
      )}
    </li>
  );
}
