import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TInviteCode } from '@yorisoi/shared';
import { call } from '../../../api/client.ts';
import { useFieldErrors } from '../../../api/field-errors.ts';
import { useAction } from '../../../api/use-api.ts';
import { Button } from '../../../ui/Button.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { TextField } from '../../../ui/Field.tsx';
import { Form } from '../../../ui/Form.tsx';

/** Empty means "no limit"; anything else must be a whole number (full-width digits accepted). */
function optionalWholeNumber(text: string): number | null {
  const normalized = text.normalize('NFKC').trim();
  return normalized === '' ? null : Number(normalized);
}

interface CreateInviteCodeFormProps {
  organizationId: string;
  onCreated: (code: TInviteCode) => void;
}

export function CreateInviteCodeForm({ organizationId, onCreated }: CreateInviteCodeFormProps) {
  const { t } = useTranslation();
  const [label, setLabel] = useState('');
  const [maxUses, setMaxUses] = useState('');
  const [expiresInDays, setExpiresInDays] = useState('90');
  const action = useAction();
  const fieldError = useFieldErrors(action.error);

  function submit() {
    void action
      .run(() =>
        call('createInviteCode', {
          params: { id: organizationId },
          body: {
            label: label.trim() === '' ? null : label,
            maxUses: optionalWholeNumber(maxUses),
            expiresInDays: optionalWholeNumber(expiresInDays),
          },
        }),
      )
      .then((code) => {
        if (!code) return;
        setLabel('');
        setMaxUses('');
        onCreated(code);
      });
  }

  return (
    <Form onSubmit={submit} className="form--grid">
      <ErrorAlert error={action.error} />
      <TextField
        label={t('fields.inviteLabel')}
        hint={t('invites.labelHint')}
        name="label"
        maxLength={60}
        value={label}
        onChange={(event) => setLabel(event.target.value)}
        error={fieldError('label')}
      />
      <TextField
        label={t('fields.maxUses')}
        hint={t('invites.maxUsesHint')}
        name="maxUses"
        inputMode="numeric"
        value={maxUses}
        onChange={(event) => setMaxUses(event.target.value)}
        error={fieldError('maxUses')}
      />
      <TextField
        label={t('fields.expiresInDays')}
        hint={t('invites.expiryHint')}
        name="expiresInDays"
        inputMode="numeric"
        value={expiresInDays}
        onChange={(event) => setExpiresInDays(event.target.value)}
        error={fieldError('expiresInDays')}
      />
      <div className="form__actions">
        <Button type="submit" pending={action.pending}>
          {t('invites.create')}
        </Button>
      </div>
    </Form>
  );
}
