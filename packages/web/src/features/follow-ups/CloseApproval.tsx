import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useAction, useApiData } from '../../api/use-api.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { TextAreaField } from '../../ui/Field.tsx';
import { checkInPanelId } from './CheckInPanel.tsx';

/**
 * Under the close form of a high-risk consultation: once closing is refused for want of a
 * follow-up, the coordinator may ask the supervisors to approve closing without one. The
 * answer arrives live (the consultation's change notice) with the supervisor's comment.
 */
export function CloseApproval({
  consultationId,
  refused,
  changes,
  onApproved,
}: {
  consultationId: string;
  /** Closing was just refused with FOLLOW_UP_REQUIRED. */
  refused: boolean;
  changes: number;
  /** Called once approved: the earlier refusal no longer holds. */
  onApproved: () => void;
}) {
  const { t } = useTranslation();
  const state = useApiData('getCloseApproval', { params: { id: consultationId } });
  const ask = useAction();
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const { reload } = state;
  useEffect(() => {
    if (changes > 0) reload();
  }, [changes, reload]);
  const request = state.data?.request ?? null;
  const approved = request?.status === 'approved';
  useEffect(() => {
    if (approved) onApproved();
  }, [approved, onApproved]);

  async function submit() {
    setChecked(true);
    if (reason.trim() === '') return;
    const asked = await ask.run(() =>
      call('requestCloseApproval', {
        params: { id: consultationId },
        body: { reason: reason.trim() },
      }),
    );
    if (asked) reload();
  }

  if (request?.status === 'pending') {
    return (
      <Alert tone="info" title={t('followUps.approval.title')} testId="close-approval">
        <p>{t('followUps.approval.pending')}</p>
        <p className="muted">{t('followUps.approval.reasonShown', { reason: request.reason })}</p>
      </Alert>
    );
  }
  if (request?.status === 'approved') {
    return (
      <Alert tone="success" title={t('followUps.approval.title')} testId="close-approval">
        <p>{t('followUps.approval.approved', { name: request.decidedByName ?? '' })}</p>
        {request.comment ? (
          <p>{t('followUps.approval.comment', { comment: request.comment })}</p>
        ) : null}
        <p>
          <strong>{t('followUps.approval.closeNow')}</strong>
        </p>
      </Alert>
    );
  }
  if (!refused && request === null) return null;
  return (
    <section className="card care-section" data-testid="close-approval">
      <h3 className="card__title">{t('followUps.approval.title')}</h3>
      {request?.status === 'declined' ? (
        <Alert tone="warning">
          <p>{t('followUps.approval.declined', { name: request.decidedByName ?? '' })}</p>
          {request.comment ? (
            <p>{t('followUps.approval.comment', { comment: request.comment })}</p>
          ) : null}
        </Alert>
      ) : null}
      <p>
        {t('followUps.approval.followUpFirst')}{' '}
        <a href={`#${checkInPanelId}`}>{t('followUps.approval.toCheckIns')}</a>
      </p>
      <p>{t('followUps.approval.lead')}</p>
      <TextAreaField
        label={t('followUps.approval.reason')}
        hint={t('followUps.approval.reasonHint')}
        value={reason}
        rows={3}
        maxLength={500}
        onChange={(event) => setReason(event.currentTarget.value)}
        error={checked && reason.trim() === '' ? t('followUps.approval.reasonRequired') : undefined}
      />
      <ErrorAlert error={ask.error ?? state.error ?? null} />
      <Button variant="secondary" pending={ask.pending} onClick={() => void submit()}>
        {t('followUps.approval.request')}
      </Button>
    </section>
  );
}
