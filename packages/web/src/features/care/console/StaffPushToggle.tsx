import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../../api/use-api.ts';
import { CheckboxField } from '../../../ui/Field.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import {
  currentPushSubscription,
  pushSupported,
  subscribeThisDevice,
  unsubscribeThisDevice,
} from '../../profile/push-device.ts';

type PushState = 'unknown' | 'unsupported' | 'denied' | 'on' | 'off';

async function readState(): Promise<PushState> {
  if (!pushSupported()) return 'unsupported';
  if (Notification.permission === 'denied') return 'denied';
  return (await currentPushSubscription()) ? 'on' : 'off';
}

/**
 * The care team's opt-in to web push on this device (issue 13): a new assignment or a new
 * message reaches them with the console tab closed. Off until they tick it; the same
 * subscription as the profile's notification setting, for this session only.
 */
export function StaffPushToggle() {
  const { t } = useTranslation();
  const action = useAction();
  const [state, setState] = useState<PushState>('unknown');
  useEffect(() => {
    let live = true;
    void readState().then((next) => live && setState(next));
    return () => {
      live = false;
    };
  }, []);
  if (state === 'unknown') return null;
  if (state === 'unsupported') return <p className="muted">{t('followUps.push.unsupported')}</p>;
  if (state === 'denied') return <p className="muted">{t('followUps.push.blocked')}</p>;
  return (
    <>
      <CheckboxField
        label={t('followUps.push.label')}
        hint={t('followUps.push.hint')}
        checked={state === 'on'}
        disabled={action.pending}
        onChange={(event) => {
          const on = event.currentTarget.checked;
          void action
            .run(() => (on ? subscribeThisDevice() : unsubscribeThisDevice()))
            .then(() => readState())
            .then(setState);
        }}
        data-testid="staff-push-toggle"
      />
      <ErrorAlert error={action.error} />
    </>
  );
}
