import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ZDisclosureReason } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction } from '../../api/use-api.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { TextAreaField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';

/** Break-glass, first step: a supervisor's written request to reveal who the person is. */
export function DisclosureRequest({ consultationId }: { consultationId: string }) {
  const { t } = useTranslation();
  const request = useAction();
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const [sent, setSent] = useState(false);
  const invalid = !ZDisclosureReason.safeParse(reason).success;

  async function submit() {
    setChecked(true);
    if (invalid) return;
    const done = await request.run(() =>
      call('requestDisclosure', { params: { id: consultationId }, body: { reason } }),
    );
    if (!done) return;
    setSent(true);
    setReason('');
    setChecked(false);
  }

  return (
    <section className="card care-section" data-testid="disclosure-request">
      <h2 className="card__title">{t('care.disclosure.requestTitle')}</h2>
      <p className="muted">{t('care.disclosure.requestLead')}</p>
      {sent ? <Alert tone="success">{t('care.disclosure.requested')}</Alert> : null}
      <Form onSubmit={() => void submit()}>
        <TextAreaField
          label={t('care.disclosure.reason')}
          hint={t('care.disclosure.reasonHint')}
          value={reason}
          rows={3}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={checked && invalid ? t('care.disclosure.reasonShort') : undefined}
        />
        <ErrorAlert error={request.error} />
        <Button type="submit" variant="danger" pending={request.pending}>
          {t('care.disclosure.submit')}
        </Button>
      </Form>
    </section>
  );
}
