import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { sessionStore, signedOutSession } from '../../api/session-store.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { flash } from '../../app/flash.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { useDateFormatter } from '../admin/wareki.ts';
import { describeDevice } from './device.ts';

export function SessionsSection() {
  const { t } = useTranslation();
  const sessions = useApiData('listMySessions');
  const everywhere = useAction();
  const [confirming, setConfirming] = useState(false);
  const date = useDateFormatter();

  function signOutEverywhere() {
    void everywhere
      .run(() => call('signOutEverywhere'))
      .then((result) => {
        if (!result) return;
        flash.set({ kind: 'signedOutEverywhere' });
        sessionStore.set(signedOutSession);
      });
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
      {confirming ? (
        <Alert tone="warning" title={t('profile.everywhereConfirmTitle')}>
          <p>{t('profile.everywhereConfirmBody')}</p>
          <div className="row-actions">
            <Button variant="danger" pending={everywhere.pending} onClick={signOutEverywhere}>
              {t('profile.everywhereConfirm')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </Alert>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {t('profile.everywhere')}
        </Button>
      )}
    </Card>
  );
}
