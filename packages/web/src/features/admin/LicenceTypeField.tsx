import { useTranslation } from 'react-i18next';
import { licenceTypes, type LicenceType } from '@yorisoi/shared';
import { SelectField } from '../../ui/Field.tsx';
import { licenceTypeOptions } from './labels.ts';

function isLicenceType(value: string): value is LicenceType {
  return (licenceTypes as readonly string[]).includes(value);
}

/** The licence a new care-team member holds (nurse, public health nurse, …). */
export function LicenceTypeField({
  value,
  onChange,
}: {
  value: LicenceType;
  onChange: (value: LicenceType) => void;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t('fields.licenceType')}
      name="licenceType"
      value={value}
      options={licenceTypeOptions(t)}
      onChange={(event) => {
        if (isLicenceType(event.target.value)) onChange(event.target.value);
      }}
    />
  );
}
