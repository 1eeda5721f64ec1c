import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCloseApproval } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction } from '../../api/use-api.ts';
import { consultationPath } from '../../app/guards.ts';
import { formatDate } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Button, LinkButton } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { TextAreaField } from '../../ui/Field.tsx';

/** In the supervisors' 緊急 inbox: coordinators asking to close without a follow-up. */
export function CloseRequests({
  requests,
  onDecided,
}: {
  requests: readonly TCloseApproval[];
  onDecided: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Card title={t('followUps.approval.inboxTitle')} testId="close-requests">
      <p>{t('followUps.approval.inboxLead')}</p>
      {requests.length === 0 ? (
        <p className="muted">{t('followUps.approval.inboxEmpty')}</p>
      ) : (
        <ul className="check-in-list">
          {requests.map((request) => (
            <CloseRequest key={request.id} request={request} onDecided={onDecided} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function CloseRequest({ request, onDecided }: { request: TCloseApproval; onDecided: () => void }) {
  const { t } = useTranslation();
  const action = useAction();
  const [comment, setComment] = useState('');
  const [checked, setChecked] = useState(false);

  async function decide(decision: 'approved' | 'declined') {
    setChecked(true);
    if (comment.trim() === '') return;
    const done = await action.run(() =>
      call('decideCloseApproval', {
        params: { id: request.id },
        body: { decision, comment: comment.trim() },
      }),
    );
    if (done) onDecided();
  }

  return (
    <li data-testid="close-request">
      <p>
        <strong>
          {t('followUps.approval.requestedBy', {
            name: request.requestedByName ?? '',
            time: formatDate(request.requestedAt, currentLocale(), { withTime: true }),
          })}
        </strong>
      </p>
      <p>{t('followUps.approval.reasonShown', { reason: request.reason })}</p>
      <TextAreaField
        label={t('followUps.approval.decisionComment')}
        value={comment}
        rows={2}
        maxLength={500}
        onChange={(event) => setComment(event.currentTarget.value)}
        error={
          checked && comment.trim() === '' ? t('followUps.approval.commentRequired') : undefined
        }
      />
      <ErrorAlert error={action.error} />
      <div className="row-actions">
        <Button pending={action.pending} onClick={() => void decide('approved')}>
          {t('followUps.approval.approve')}
        </Button>
        <Button
          variant="secondary"
          pending={action.pending}
          onClick={() => void decide('declined')}
        >
          {t('followUps.approval.decline')}
        </Button>
        <LinkButton to={consultationPath(request.consultationId)} variant="quiet">
          {t('followUps.approval.openConsultation')}
        </LinkButton>
      </div>
    </li>
  );
}
