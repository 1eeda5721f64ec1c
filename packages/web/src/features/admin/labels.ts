import type { TFunction } from 'i18next';
import { industries, licenceTypes, sizeBands } from '@yorisoi/shared';
import type { SelectOption } from '../../ui/Field.tsx';

export function industryOptions(t: TFunction): SelectOption[] {
  return industries.map((value) => ({ value, label: t(`industries.${value}`) }));
}

export function sizeBandOptions(t: TFunction): SelectOption[] {
  return sizeBands.map((value) => ({ value, label: t(`sizeBands.${value}`) }));
}

export function licenceTypeOptions(t: TFunction): SelectOption[] {
  return licenceTypes.map((value) => ({ value, label: t(`licence.types.${value}`) }));
}
