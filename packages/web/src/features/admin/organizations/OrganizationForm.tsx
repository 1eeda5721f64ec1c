import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  industries,
  sizeBands,
  type Industry,
  type SizeBand,
  type TCreateOrganizationRequest,
} from '@yorisoi/shared';
import { useFieldErrors } from '../../../api/field-errors.ts';
import type { UiError } from '../../../api/errors.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { CheckboxField, SelectField, TextField } from '../../../ui/Field.tsx';
import { Form, SubmitRow } from '../../../ui/Form.tsx';
import { industryOptions, sizeBandOptions } from '../labels.ts';

export interface OrganizationValues {
  name: string;
  industry: Industry;
  sizeBand: SizeBand;
  consortiumMember: boolean;
  ikubossDeclared: boolean;
}

export const emptyOrganization: OrganizationValues = {
  name: '',
  industry: 'manufacturing',
  sizeBand: '10-29',
  consortiumMember: true,
  ikubossDeclared: false,
};

interface OrganizationFormProps {
  initial: OrganizationValues;
  submitLabel: string;
  pending: boolean;
  error: UiError | null;
  onSubmit: (values: TCreateOrganizationRequest) => void;
}

function isIndustry(value: string): value is Industry {
  return (industries as readonly string[]).includes(value);
}

function isSizeBand(value: string): value is SizeBand {
  return (sizeBands as readonly string[]).includes(value);
}

export function OrganizationForm({
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
}: OrganizationFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const fieldError = useFieldErrors(error);
  const set = <K extends keyof OrganizationValues>(key: K, value: OrganizationValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  return (
    <Form
      onSubmit={() =>
        onSubmit({
          name: values.name,
          industry: values.industry,
          sizeBand: values.sizeBand,
          consortiumMember: values.consortiumMember,
          ikubossDeclared: values.ikubossDeclared,
        })
      }
      className="form--grid"
    >
      <ErrorAlert error={error} />
      <TextField
        label={t('fields.organizationName')}
        name="name"
        required
        maxLength={120}
        value={values.name}
        onChange={(event) => set('name', event.target.value)}
        error={fieldError('name')}
      />
      <SelectField
        label={t('fields.industry')}
        hint={t('organizations.industryHint')}
        name="industry"
        value={values.industry}
        options={industryOptions(t)}
        onChange={(event) => {
          if (isIndustry(event.target.value)) set('industry', event.target.value);
        }}
        error={fieldError('industry')}
      />
      <SelectField
        label={t('fields.sizeBand')}
        name="sizeBand"
        value={values.sizeBand}
        options={sizeBandOptions(t)}
        onChange={(event) => {
          if (isSizeBand(event.target.value)) set('sizeBand', event.target.value);
        }}
        error={fieldError('sizeBand')}
      />
      <CheckboxField
        label={t('fields.consortiumMember')}
        name="consortiumMember"
        checked={values.consortiumMember}
        onChange={(event) => set('consortiumMember', event.target.checked)}
      />
      <CheckboxField
        label={t('fields.ikubossDeclared')}
        hint={t('organizations.ikubossHint')}
        name="ikubossDeclared"
        checked={values.ikubossDeclared}
        onChange={(event) => set('ikubossDeclared', event.target.checked)}
      />
      <SubmitRow pending={pending} label={submitLabel} />
    </Form>
  );
}
