import { useTranslation } from 'react-i18next';
import { errorCatalog, type TConsultation } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction } from '../../api/use-api.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { MessageField } from '../consultations/MessageField.tsx';

/** A supervisor writes only once joined (announced to the person); until then, why and how. */
export function mustJoinToWrite(consultation: TConsultation | null): boolean {
  return (
    consultation !== null &&
    consultation.viewerIs === 'supervisor' &&
    consultation.status !== 'closed' &&
    !(consultation.supervisors ?? []).some((s) => s.me)
  );
}

/**
 * The message box of a supervisor who has not joined: disabled, with the reason next to
 * it, so nothing can be typed that would then fail and sit in the log.
 */
export function ComposerLocked({
  consultation,
  onJoined,
}: {
  consultation: TConsultation;
  onJoined: (consultation: TConsultation) => void;
}) {
  const { t } = useTranslation();
  const action = useAction();
  async function join() {
    const joined = await action.run(() =>
      call('joinConsultation', { params: { id: consultation.id } }),
    );
    if (joined) onJoined(joined);
  }
  return (
    <div className="composer composer--locked" data-testid="composer-locked">
      <MessageField
        label={t('consultations.chat.composerLabel')}
        hint={errorCatalog.SUPERVISOR_JOIN_REQUIRED[currentLocale()]}
        value=""
        onChange={() => undefined}
        disabled
      />
      <ErrorAlert error={action.error} />
      <div className="composer__actions">
        <Button pending={action.pending} onClick={() => void join()}>
          {t('care.join.join')}
        </Button>
      </div>
    </div>
  );
}
