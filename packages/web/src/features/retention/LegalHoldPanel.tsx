import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../api/session.tsx';
import { call } from '../../api/client.ts';
import type { TLegalHold } from '@yorisoi/shared';
import { useAction } from '../../api/use-api.ts';
import { formatDate } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { ConfirmedAction } from '../../ui/ConfirmedAction.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { TextAreaField } from '../../ui/Field.tsx';
import { Form } from '../../ui/Form.tsx';

/**
 * A consultation's legal hold in the console: the care team sees that it is held and why
 * (CarePanel shows it first); a supervisor places one with a reason, or lifts it.
 */
export function LegalHoldPanel({
  consultationId,
  hold,
  onChanged,
}: {
  consultationId: string;
  hold: TLegalHold | undefined;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const supervisor = useUser().role === 'supervisor';
  const action = useAction();
  const [reason, setReason] = useState('');
  const data = hold;
  if (!data || (!data.held && !supervisor)) return null;

  async function place() {
    if (reason.trim() === '') return;
    const done = await action.run(() =>
      call('placeLegalHold', { params: { id: consultationId }, body: { reason } }),
    );
    if (done) {
      setReason('');
      onChanged();
    }
  }

  async function lift(): Promise<boolean> {
    const done = await action.run(() => call('liftLegalHold', { params: { id: consultationId } }));
    if (done) onChanged();
    return Boolean(done);
  }

  return (
    <Card title={t('legalHold.title')}>
      <ErrorAlert error={action.error} />
      {data.held ? (
        <div data-testid="legal-hold">
          <Alert tone="warning" title={t('legalHold.held')}>
            <p>
              {t('legalHold.reason')}：<span data-testid="legal-hold-reason">{data.reason}</span>
            </p>
            {data.placedByName ? (
              <p>
                {t('legalHold.placedBy')}：{data.placedByName}
              </p>
            ) : null}
            {data.placedAt ? (
              <p>
                {t('legalHold.placedAt')}：{formatDate(data.placedAt, locale, { withTime: true })}
              </p>
            ) : null}
          </Alert>
          {supervisor ? (
            <ConfirmedAction
              label={t('legalHold.lift')}
              title={t('legalHold.lift')}
              body={t('legalHold.liftConfirm')}
              confirmLabel={t('legalHold.lift')}
              pending={action.pending}
              onConfirm={lift}
            />
          ) : null}
        </div>
      ) : (
        <Form onSubmit={() => void place()}>
          <p>{t('legalHold.lead')}</p>
          <TextAreaField
            label={t('legalHold.reasonLabel')}
            hint={t('legalHold.reasonHint')}
            maxLength={500}
            rows={3}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <Button type="submit" variant="secondary" pending={action.pending}>
            {t('legalHold.place')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
