import { useTranslation } from 'react-i18next';
import type { TConsultation } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction } from '../../api/use-api.ts';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';

/**
 * A supervisor joins a consultation as an announced second person (crisis protocol); the
 * person is told in the conversation. An assigned supervisor is already in it.
 */
export function JoinPanel({
  consultation,
  onChanged,
}: {
  consultation: TConsultation;
  onChanged: (consultation: TConsultation) => void;
}) {
  const { t } = useTranslation();
  const action = useAction();
  if (consultation.viewerIs !== 'supervisor' || consultation.status === 'closed') return null;
  const joined = consultation.supervisors?.some((s) => s.me) ?? false;

  function change(join: boolean) {
    const id = consultation.id;
    void action
      .run(() => call(join ? 'joinConsultation' : 'leaveConsultation', { params: { id } }))
      .then((next) => next && onChanged(next));
  }

  return (
    <Card title={t('care.join.title')}>
      <p>{joined ? t('care.join.joined') : t('care.join.lead')}</p>
      <ErrorAlert error={action.error} />
      <Button
        variant={joined ? 'secondary' : 'primary'}
        pending={action.pending}
        onClick={() => change(!joined)}
      >
        {joined ? t('care.join.leave') : t('care.join.join')}
      </Button>
    </Card>
  );
}
