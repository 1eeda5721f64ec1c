import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useFieldErrors } from '../../api/field-errors.ts';
import { useSession } from '../../api/session.tsx';
import { useAction } from '../../api/use-api.ts';
import { flash } from '../../app/flash.ts';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { CheckboxField, TextAreaField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';

/** Asking for deletion needs an explicit tick; afterwards the person is signed out. */
export function DeletionSection() {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const [reason, setReason] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [missing, setMissing] = useState(false);
  const action = useAction();
  const fieldError = useFieldErrors(action.error);

  function submit() {
    if (!understood) {
      setMissing(true);
      return;
    }
    void action
      .run(() =>
        call('requestDeletion', {
          body: { confirm: true, reason: reason.trim() === '' ? undefined : reason },
        }),
      )
      .then(async (result) => {
        if (!result) return;
        flash.set({ kind: 'deletionScheduled', scheduledFor: result.scheduledFor });
        await signOut().catch(() => undefined);
      });
  }

  return (
    <Card title={t('profile.deletionTitle')}>
      <p>{t('profile.deletionLead')}</p>
      <Form onSubmit={submit}>
        <ErrorAlert error={action.error} />
        <TextAreaField
          label={t('fields.deletionReason')}
          name="reason"
          maxLength={500}
          rows={3}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={fieldError('reason')}
        />
        <CheckboxField
          label={t('profile.deletionCheckbox')}
          name="confirm"
          checked={understood}
          onChange={(event) => {
            setUnderstood(event.target.checked);
            setMissing(false);
          }}
          error={missing ? t('validation.confirm') : undefined}
        />
        <Button type="submit" variant="danger" pending={action.pending}>
          {t('profile.deletionSubmit')}
        </Button>
      </Form>
    </Card>
  );
}
