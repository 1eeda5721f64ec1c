import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { licenceTypes, type LicenceType, type TStaffInvitation } from '@yorisoi/shared';
import { call } from '../../../api/client.ts';
import { useFieldErrors } from '../../../api/field-errors.ts';
import { useAction } from '../../../api/use-api.ts';
import { Button } from '../../../ui/Button.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { SelectField, TextField } from '../../../ui/Field.tsx';
import { Form } from '../../../ui/Form.tsx';
import { licenceTypeOptions } from '../labels.ts';

export interface CreatedMunicipality {
  name: string;
  invitations: { invitation: TStaffInvitation; name: string }[];
}

const empty = {
  code: '',
  name: '',
  prefecture: '',
  consortiumName: '',
  cityStaffName: '',
  cityStaffEmail: '',
  supervisorName: '',
  supervisorEmail: '',
  licenceNumber: '',
};

function isLicenceType(value: string): value is LicenceType {
  return (licenceTypes as readonly string[]).includes(value);
}

export function MunicipalityForm({ onCreated }: { onCreated: (c: CreatedMunicipality) => void }) {
  const { t } = useTranslation();
  const [v, setV] = useState(empty);
  const [licenceType, setLicenceType] = useState<LicenceType>('public_health_nurse');
  const action = useAction();
  const fieldError = useFieldErrors(action.error);
  const set = (key: keyof typeof empty) => (event: { target: { value: string } }) =>
    setV((current) => ({ ...current, [key]: event.target.value }));

  function submit() {
    const names = { city_staff: v.cityStaffName, supervisor: v.supervisorName };
    void action
      .run(() =>
        call('createMunicipality', {
          body: {
            code: v.code.normalize('NFKC').trim(),
            name: v.name,
            prefecture: v.prefecture,
            consortiumName: v.consortiumName.trim() === '' ? null : v.consortiumName,
            firstCityStaff: { email: v.cityStaffEmail, displayName: v.cityStaffName },
            firstSupervisor: {
              email: v.supervisorEmail,
              displayName: v.supervisorName,
              licenceType,
              licenceNumber: v.licenceNumber,
            },
          },
        }),
      )
      .then((result) => {
        if (!result) return;
        setV(empty);
        onCreated({
          name: result.municipality.name,
          invitations: result.invitations.map((invitation) => ({
            invitation,
            name: invitation.role === 'supervisor' ? names.supervisor : names.city_staff,
          })),
        });
      });
  }

  return (
    <Form onSubmit={submit}>
      <ErrorAlert error={action.error} />
      <fieldset className="fieldset form--grid">
        <legend className="fieldset__legend">{t('municipalities.aboutLegend')}</legend>
        <TextField
          label={t('fields.localGovernmentCode')}
          hint={t('municipalities.codeHint')}
          name="code"
          inputMode="numeric"
          required
          value={v.code}
          onChange={set('code')}
          error={fieldError('code')}
        />
        <TextField
          label={t('fields.municipalityName')}
          name="name"
          required
          value={v.name}
          onChange={set('name')}
          error={fieldError('name')}
        />
        <TextField
          label={t('fields.prefecture')}
          name="prefecture"
          required
          value={v.prefecture}
          onChange={set('prefecture')}
          error={fieldError('prefecture')}
        />
        <TextField
          label={t('fields.consortiumNameOptional')}
          name="consortiumName"
          value={v.consortiumName}
          onChange={set('consortiumName')}
          error={fieldError('consortiumName')}
        />
      </fieldset>
      <fieldset className="fieldset form--grid">
        <legend className="fieldset__legend">{t('municipalities.cityStaffLegend')}</legend>
        <TextField
          label={t('municipalities.cityStaffName')}
          name="cityStaffName"
          required
          value={v.cityStaffName}
          onChange={set('cityStaffName')}
          error={fieldError('firstCityStaff.displayName')}
        />
        <TextField
          label={t('municipalities.cityStaffEmail')}
          type="email"
          name="cityStaffEmail"
          required
          value={v.cityStaffEmail}
          onChange={set('cityStaffEmail')}
          error={fieldError('firstCityStaff.email')}
        />
      </fieldset>
      <fieldset className="fieldset form--grid">
        <legend className="fieldset__legend">{t('municipalities.supervisorLegend')}</legend>
        <p className="form__note fieldset__note">{t('municipalities.supervisorNote')}</p>
        <TextField
          label={t('municipalities.supervisorName')}
          name="supervisorName"
          required
          value={v.supervisorName}
          onChange={set('supervisorName')}
          error={fieldError('firstSupervisor.displayName')}
        />
        <TextField
          label={t('municipalities.supervisorEmail')}
          type="email"
          name="supervisorEmail"
          required
          value={v.supervisorEmail}
          onChange={set('supervisorEmail')}
          error={fieldError('firstSupervisor.email')}
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
          value={v.licenceNumber}
          onChange={set('licenceNumber')}
          error={fieldError('firstSupervisor.licenceNumber')}
        />
      </fieldset>
      <div className="form__actions">
        <Button type="submit" pending={action.pending}>
          {t('municipalities.create')}
        </Button>
      </div>
    </Form>
  );
}
