import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  careTeamRoles,
  type CareTeamRole,
  type LicenceType,
  type TStaffInvitation,
} from '@yorisoi/shared';
import { call } from '../../../api/client.ts';
import { useFieldErrors } from '../../../api/field-errors.ts';
import { useAction } from '../../../api/use-api.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { SelectField, TextField } from '../../../ui/Field.tsx';
import { Form, SubmitRow } from '../../../ui/Form.tsx';
import { useFormFields } from '../../../ui/use-form-fields.ts';
import { LicenceTypeField } from '../LicenceTypeField.tsx';

function isCareTeamRole(value: string): value is CareTeamRole {
  return (careTeamRoles as readonly string[]).includes(value);
}

interface CareTeamFormProps {
  onCreated: (invitation: TStaffInvitation, name: string) => void;
}

export function CareTeamForm({ onCreated }: CareTeamFormProps) {
  const { t } = useTranslation();
  const [role, setRole] = useState<CareTeamRole>('coordinator');
  const [licenceType, setLicenceType] = useState<LicenceType>('nurse');
  const action = useAction();
  const { values, field, reset } = useFormFields(
    { displayName: '', email: '', licenceNumber: '' },
    useFieldErrors(action.error),
  );

  function submit() {
    const name = values.displayName;
    void action
      .run(() => call('createCareTeamMember', { body: { ...values, role, licenceType } }))
      .then((invitation) => {
        if (!invitation) return;
        reset();
        onCreated(invitation, name);
      });
  }

  return (
    <Form onSubmit={submit} className="form--grid">
      <ErrorAlert error={action.error} />
      <TextField label={t('fields.staffName')} required {...field('displayName')} />
      <TextField label={t('fields.email')} type="email" required {...field('email')} />
      <SelectField
        label={t('fields.role')}
        name="role"
        value={role}
        options={careTeamRoles.map((value) => ({ value, label: t(`roles.${value}`) }))}
        onChange={(event) => {
          if (isCareTeamRole(event.target.value)) setRole(event.target.value);
        }}
      />
      <LicenceTypeField value={licenceType} onChange={setLicenceType} />
      <TextField
        label={t('fields.licenceNumber')}
        hint={t('careTeam.licenceNumberHint')}
        inputMode="numeric"
        required
        {...field('licenceNumber')}
      />
      <SubmitRow pending={action.pending} label={t('careTeam.create')} />
    </Form>
  );
}
