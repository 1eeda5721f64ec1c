import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  careTeamRoles,
  licenceTypes,
  type CareTeamRole,
  type LicenceType,
  type TStaffInvitation,
} from '@yorisoi/shared';
import { call } from '../../../api/client.ts';
import { useFieldErrors } from '../../../api/field-errors.ts';
import { useAction } from '../../../api/use-api.ts';
import { Button } from '../../../ui/Button.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { SelectField, TextField } from '../../../ui/Field.tsx';
import { Form } from '../../../ui/Form.tsx';
import { licenceTypeOptions } from '../labels.ts';

function isCareTeamRole(value: string): value is CareTeamRole {
  return (careTeamRoles as readonly string[]).includes(value);
}

function isLicenceType(value: string): value is LicenceType {
  return (licenceTypes as readonly string[]).includes(value);
}

interface CareTeamFormProps {
  onCreated: (invitation: TStaffInvitation, name: string) => void;
}

export function CareTeamForm({ onCreated }: CareTeamFormProps) {
  const { t } = useTranslation();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<CareTeamRole>('coordinator');
  const [licenceType, setLicenceType] = useState<LicenceType>('nurse');
  const [licenceNumber, setLicenceNumber] = useState('');
  const action = useAction();
  const fieldError = useFieldErrors(action.error);

  function submit() {
    const name = displayName;
    void action
      .run(() =>
        call('createCareTeamMember', {
          body: { displayName, email, role, licenceType, licenceNumber },
        }),
      )
      .then((invitation) => {
        if (!invitation) return;
        setDisplayName('');
        setEmail('');
        setLicenceNumber('');
        onCreated(invitation, name);
      });
  }

  return (
    <Form onSubmit={submit} className="form--grid">
      <ErrorAlert error={action.error} />
      <TextField
        label={t('fields.staffName')}
        name="displayName"
        required
        value={displayName}
        onChange={(event) => setDisplayName(event.target.value)}
        error={fieldError('displayName')}
      />
      <TextField
        label={t('fields.email')}
        type="email"
        name="email"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={fieldError('email')}
      />
      <SelectField
        label={t('fields.role')}
        name="role"
        value={role}
        options={careTeamRoles.map((value) => ({ value, label: t(`roles.${value}`) }))}
        onChange={(event) => {
          if (isCareTeamRole(event.target.value)) setRole(event.target.value);
        }}
      />
      <SelectField
        label={t('fields.licenceType')}
        name="licenceType"
        value={licenceType}
        options={licenceTypeOptions(t)}
        onChange={(event) => {
          if (isLicenceType(event.target.value)) setLicenceType(event.target.value);
        }}
      />
      <TextField
        label={t('fields.licenceNumber')}
        hint={t('careTeam.licenceNumberHint')}
        name="licenceNumber"
        inputMode="numeric"
        required
        value={licenceNumber}
        onChange={(event) => setLicenceNumber(event.target.value)}
        error={fieldError('licenceNumber')}
      />
      <div className="form__actions">
        <Button type="submit" pending={action.pending}>
          {t('careTeam.create')}
        </Button>
      </div>
    </Form>
  );
}
