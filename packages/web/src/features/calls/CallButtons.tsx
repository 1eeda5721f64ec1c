import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCatalog, type TConsultation } from '@yorisoi/shared';
import { call as apiCall } from '../../api/client.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { ChatIcon } from '../consultations/ChatIcon.tsx';
import { useCalls } from './CallProvider.tsx';

/**
 * Starting a call from a consultation: video or audio only, for its person, its assigned
 * coordinator and a supervisor who joined it, once a coordinator has taken it. Says why a
 * call did not happen.
 */
export function CallButtons({
  consultation,
  compact = false,
}: {
  consultation: TConsultation;
  /** Icons in the person's chat header (named for screen readers), once calls are possible. */
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const calls = useCalls();
  const controller = calls?.controller;
  // Opened from a call's push notification: the call may still be ringing.
  useEffect(() => {
    if (!controller || consultation.status !== 'active') return;
    apiCall('getCurrentCall', { params: { id: consultation.id } }).then(
      ({ call }) => call && controller.ringing(call),
      () => undefined,
    );
  }, [controller, consultation.id, consultation.status]);
  // A supervisor calls the person only once in the conversation (joined openly).
  const joinedSupervisor = consultation.supervisors?.some((s) => s.me) ?? false;
  if (!calls || !controller || (consultation.viewerIs === 'supervisor' && !joinedSupervisor)) {
    return null;
  }
  const { snapshot } = calls;
  const canCall =
    consultation.status === 'active' &&
    consultation.coordinatorAssigned &&
    snapshot.phase === 'idle';
  const error = snapshot.error;
  const ended = snapshot.ended?.consultationId === consultation.id ? snapshot.ended : null;
  return (
    <div className={`call-buttons${compact ? ' call-buttons--compact' : ''}`}>
      <div className="call-buttons__row" role="group" aria-label={t('calls.start.label')}>
        {(['video', 'audio'] as const).map((kind) =>
          compact ? (
            <button
              key={kind}
              type="button"
              className="chat-header__icon"
              aria-label={t(`calls.start.${kind}`)}
              disabled={!canCall}
              onClick={() => void controller.startCall(consultation.id, kind)}
            >
              <ChatIcon name={kind === 'video' ? 'video' : 'phone'} />
            </button>
          ) : (
            <Button
              key={kind}
              variant="secondary"
              disabled={!canCall}
              onClick={() => void controller.startCall(consultation.id, kind)}
            >
              {t(`calls.start.${kind}`)}
            </Button>
          ),
        )}
      </div>
      {consultation.status === 'queued' ? (
        <p className="call-buttons__hint">{t('calls.start.afterAssignment')}</p>
      ) : null}
      {error ? (
        <Alert tone="error">
          {error === 'MEDIA_DENIED'
            ? t('calls.mediaDenied')
            : (errorCatalog[error as keyof typeof errorCatalog]?.[currentLocale()] ??
              t('calls.failed'))}
        </Alert>
      ) : null}
      {ended && ended.endReason !== 'completed' ? (
        <p className="call-buttons__hint" role="status">
          {t(`calls.endedBecause.${ended.endReason ?? 'completed'}`)}
        </p>
      ) : null}
    </div>
  );
}
