import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isConsultingRole } from '@yorisoi/shared';
import { useUser } from '../../api/session.tsx';
import { useAction } from '../../api/use-api.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import {
  currentPushSubscription,
  pushSupported,
  subscribeThisDevice,
  unsubscribeThisDevice,
} from './push-device.ts';

type PushState = 'unknown' | 'unsupported' | 'denied' | 'on' | 'off';

async function readPushState(): Promise<PushState> {
  if (!pushSupported()) return 'unsupported';
  if (Notification.permission === 'denied') return 'denied';
  return (await currentPushSubscription()) ? 'on' : 'off';
}

/** Turns notifications on or off for this device (and this session) only. */
export function NotificationsSection() {
  const { t } = useTranslation();
  const user = useUser();
  const [state, setState] = useState<PushState>('unknown');
  const action = useAction();

  useEffect(() => {
    let live = true;
    void readPushState().then((next) => live && setState(next));
    return () => {
      live = false;
    };
  }, []);

  function toggle(on: boolean) {
    void action
      .run(() => (on ? subscribeThisDevice() : unsubscribeThisDevice()))
      .then(() => readPushState())
      .then(setState);
  }

  return (
    <Card title={t('profile.notificationsTitle')}>
      <p>
        {isConsultingRole(user.role)
          ? t('profile.notificationsLead')
          : t('profile.notificationsCareLead')}
      </p>
      <ErrorAlert error={action.error} />
      {state === 'unsupported' ? (
        <Alert tone="info">{t('profile.notificationsUnsupported')}</Alert>
      ) : null}
      {state === 'denied' ? <Alert tone="warning">{t('profile.notificationsDenied')}</Alert> : null}
      {state === 'on' || state === 'off' ? (
        <div className="row-actions">
          <Badge tone={state === 'on' ? 'good' : 'neutral'}>
            {state === 'on' ? t('profile.notificationsOn') : t('profile.notificationsOff')}
          </Badge>
          <Button
            variant="secondary"
            pending={action.pending}
            onClick={() => toggle(state === 'off')}
          >
            {state === 'on' ? t('profile.notificationsTurnOff') : t('profile.notificationsTurnOn')}
          </Button>
        </div>
      ) : null}
    </Card>
  );
}
