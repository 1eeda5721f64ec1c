import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LicenceType, TStaffInvitation } from '@yorisoi/shared';
import { call } from '../../../api/client.ts';
import { useFieldErrors } from '../../../api/field-errors.ts';
import { useAction } from '../../../api/use-api.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { TextField } from '../../../ui/Field.tsx';
import { Form, SubmitRow } from '../../../ui/Form.tsx';
import { useFormFields } from '../../../ui/use-form-fields.ts';
import { LicenceTypeField } from '../LicenceTypeField.tsx';

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

export function MunicipalityForm({ onCreated }: { onCreated: (c: CreatedMunicipality) => void }) {
  const { t } = useTranslation();
  const [licenceType, setLicenceType] = useState<LicenceType>('public_health_nurse');
  const action = useAction();
  const {
    values: v,
    field,
    reset,
  } = useFormFields(empty, useFieldErrors(action.error, { code: 'localGovernmentCode' }));

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
        reset();
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
          inputMode="numeric"
          required
          {...field('code')}
        />
        <TextField label={t('fields.municipalityName')} required {...field('name')} />
        <TextField label={t('fields.prefecture')} required {...field('prefecture')} />
        <TextField label={t('fields.consortiumNameOptional')} {...field('consortiumName')} />
      </fieldset>
      <fieldset className="fieldset form--grid">
        <legend className="fieldset__legend">{t('municipalities.cityStaffLegend')}</legend>
        <TextField
          label={t('municipalities.cityStaffName')}
          required
          {...field('cityStaffName', 'firstCityStaff.displayName')}
        />
        <TextField
          label={t('municipalities.cityStaffEmail')}
          type="email"
          required
          {...field('cityStaffEmail', 'firstCityStaff.email')}
        />
      </fieldset>
      <fieldset className="fieldset form--grid">
        <legend className="fieldset__legend">{t('municipalities.supervisorLegend')}</legend>
        <p className="form__note fieldset__note">{t('municipalities.supervisorNote')}</p>
        <TextField
          label={t('municipalities.supervisorName')}
          required
          {...field('supervisorName', 'firstSupervisor.displayName')}
        />
        <TextField
          label={t('municipalities.supervisorEmail')}
          type="email"
          required
          {...field('supervisorEmail', 'firstSupervisor.email')}
        />
        <LicenceTypeField value={licenceType} onChange={setLicenceType} />
        <TextField
          label={t('fields.licenceNumber')}
          hint={t('careTeam.licenceNumberHint')}
          inputMode="numeric"
          required
          {...field('licenceNumber', 'firstSupervisor.licenceNumber')}
        />
      </fieldset>
      <SubmitRow pending={action.pending} label={t('municipalities.create')} />
    </Form>
  );
}
