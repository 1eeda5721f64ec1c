import { useTranslation } from 'react-i18next';
import type { TCall } from '@yorisoi/shared';
import { Button } from '../../ui/Button.tsx';
import type { CallController } from './call-controller.ts';

/** A ringing call: an alert dialog that takes focus, silent by default. */
export function IncomingCall({ call, controller }: { call: TCall; controller: CallController }) {
  const { t } = useTranslation();
  const from = call.startedByCareTeam ? 'careTeam' : 'person';
  return (
    <div
      className="call-ring"
      role="alertdialog"
      aria-modal="false"
      aria-labelledby="call-ring-title"
      data-testid="incoming-call"
    >
      <p id="call-ring-title" className="call-ring__title">
        {t(`calls.incoming.${call.kind}`, { from: t(`calls.from.${from}`) })}
      </p>
      <div className="call-ring__actions">
        <Button autoFocus variant="primary" onClick={() => void controller.accept()}>
          {t('calls.incoming.accept')}
        </Button>
        <Button variant="danger" onClick={() => void controller.decline()}>
          {t('calls.incoming.decline')}
        </Button>
      </div>
    </div>
  );
}
