import { useTranslation } from 'react-i18next';
import type { TInviteCode } from '@yorisoi/shared';
import { call } from '../../../api/client.ts';
import { useFieldErrors } from '../../../api/field-errors.ts';
import { useAction } from '../../../api/use-api.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { TextField } from '../../../ui/Field.tsx';
import { Form, SubmitRow } from '../../../ui/Form.tsx';
import { useFormFields } from '../../../ui/use-form-fields.ts';

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
  const action = useAction();
  const { values, field, reset } = useFormFields(
    { label: '', maxUses: '', expiresInDays: '90' },
    useFieldErrors(action.error),
  );

  function submit() {
    void action
      .run(() =>
        call('createInviteCode', {
          params: { id: organizationId },
          body: {
            label: values.label.trim() === '' ? null : values.label,
            maxUses: optionalWholeNumber(values.maxUses),
            expiresInDays: optionalWholeNumber(values.expiresInDays),
          },
        }),
      )
      .then((code) => {
        if (!code) return;
        // The expiry chosen stays for the next code; the label and limit are per code.
        reset({ label: '', maxUses: '', expiresInDays: values.expiresInDays });
        onCreated(code);
      });
  }

  return (
    <Form onSubmit={submit} className="form--grid">
      <ErrorAlert error={action.error} />
      <TextField
        label={t('fields.inviteLabel')}
        hint={t('invites.labelHint')}
        maxLength={60}
        {...field('label')}
      />
      <TextField
        label={t('fields.maxUses')}
        hint={t('invites.maxUsesHint')}
        inputMode="numeric"
        {...field('maxUses')}
      />
      <TextField
        label={t('fields.expiresInDays')}
        hint={t('invites.expiryHint')}
        inputMode="numeric"
        {...field('expiresInDays')}
      />
      <SubmitRow pending={action.pending} label={t('invites.create')} />
    </Form>
  );
}
