import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { sessionStore, signedOutSession } from '../../api/session-store.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { flash } from '../../app/flash.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Card } from '../../ui/Card.tsx';
import { ConfirmedAction } from '../../ui/ConfirmedAction.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { useDateFormatter } from '../admin/wareki.ts';
import { describeDevice } from './device.ts';

export function SessionsSection() {
  const { t } = useTranslation();
  const sessions = useApiData('listMySessions');
  const everywhere = useAction();
  const date = useDateFormatter();

  async function signOutEverywhere() {
    const result = await everywhere.run(() => call('signOutEverywhere'));
    if (!result) return false;
    flash.set({ kind: 'signedOutEverywhere' });
    sessionStore.set(signedOutSession);
    return true;
  }

  return (
    <Card title={t('profile.sessionsTitle')}>
      <p>{t('profile.sessionsLead')}</p>
      <ErrorAlert error={sessions.error ?? everywhere.error} />
      {sessions.loading && !sessions.data ? <Loading /> : null}
      {sessions.data ? (
        <ul className="device-list">
          {sessions.data.items.map((session) => (
            <li key={session.id} className="device-list__item">
              <span className="device-list__name">
                {describeDevice(session.userAgent) ?? t('profile.unknownDevice')}{' '}
                {session.current ? <Badge tone="good">{t('profile.thisDevice')}</Badge> : null}
              </span>
              <span className="device-list__meta">
                {t('profile.sessionTimes', {
                  created: date(session.createdAt, true),
                  lastSeen: date(session.lastSeenAt, true),
                })}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <ConfirmedAction
        label={t('profile.everywhere')}
        title={t('profile.everywhereConfirmTitle')}
        body={t('profile.everywhereConfirmBody')}
        confirmLabel={t('profile.everywhereConfirm')}
        pending={everywhere.pending}
        onConfirm={signOutEverywhere}
      />
    </Card>
  );
}
