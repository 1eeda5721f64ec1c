import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCheckIn } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { useAction } from '../../api/use-api.ts';
import { Button } from '../../ui/Button.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { TextAreaField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';

/**
 * Doing a check-in: a message to the person. While the consultation is open it goes into
 * it; after it closed, the person receives it as a new consultation. Then it is done.
 */
export function CheckInContact({
  checkIn,
  onDone,
  onCancel,
}: {
  checkIn: TCheckIn;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const action = useAction();
  const [body, setBody] = useState('');
  // One id per message, so a retry after a lost answer sends it once.
  const [clientMsgId, setClientMsgId] = useState(() => crypto.randomUUID());

  async function send() {
    if (body.trim() === '') return;
    const done = await action.run(() =>
      call('completeCheckIn', { params: { id: checkIn.id }, body: { clientMsgId, body } }),
    );
    if (!done) return;
    setBody('');
    setClientMsgId(crypto.randomUUID());
    onDone();
  }

  return (
    <Form onSubmit={() => void send()}>
      <TextAreaField
        label={t('followUps.checkIns.contactTitle')}
        hint={t('followUps.checkIns.contactHint')}
        value={body}
        rows={3}
        onChange={(event) => setBody(event.currentTarget.value)}
      />
      <ErrorAlert error={action.error} />
      <div className="form__actions row-actions">
        <Button type="submit" pending={action.pending} disabled={body.trim() === ''}>
          {t('followUps.checkIns.send')}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          {t('followUps.checkIns.keep')}
        </Button>
      </div>
    </Form>
  );
}
