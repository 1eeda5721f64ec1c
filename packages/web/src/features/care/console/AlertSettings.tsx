import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button.tsx';
import { CheckboxField } from '../../../ui/Field.tsx';
import { chime, setSoundOn, soundOn } from './alert-settings.ts';
import { StaffPushToggle } from './StaffPushToggle.tsx';

type Permission = NotificationPermission | 'unsupported';
const currentPermission = (): Permission =>
  'Notification' in window ? Notification.permission : 'unsupported';

/**
 * The nurse's own choices: a chime, desktop notifications while the tab is hidden, and web
 * push to this device while it is closed.
 */
export function AlertSettings() {
  const { t } = useTranslation();
  const [sound, setSound] = useState(soundOn);
  const [permission, setPermission] = useState<Permission>(currentPermission);
  return (
    <div className="alert-settings">
      <CheckboxField
        label={t('console.alerts.sound')}
        checked={sound}
        onChange={(event) => {
          const on = event.currentTarget.checked;
          setSoundOn(on);
          setSound(on);
          if (on) chime();
        }}
      />
      {permission === 'default' ? (
        <Button
          variant="secondary"
          onClick={() => void Notification.requestPermission().then(setPermission)}
        >
          {t('console.alerts.enablePush')}
        </Button>
      ) : permission === 'granted' ? (
        <p className="muted">{t('console.alerts.pushOn')}</p>
      ) : permission === 'denied' ? (
        <p className="muted">{t('console.alerts.pushBlocked')}</p>
      ) : null}
      <StaffPushToggle />
    </div>
  );
}
