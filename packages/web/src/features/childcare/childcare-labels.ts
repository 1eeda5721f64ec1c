import { useTranslation } from 'react-i18next';
import {
  childcareKindLabels,
  childcareServiceLabels,
  reiwaFiscalYearLabel,
  type ChildcareKind,
  type ChildcareService,
  type TLocale,
} from '@yorisoi/shared';
import { isLocale } from '../../i18n/locale.ts';

/**
 * Names of kinds and services come from the shared catalog (the server writes the same
 * words into open-data exports), in the reader's language.
 */
export function useChildcareLabels() {
  const { i18n } = useTranslation();
  const locale: TLocale = isLocale(i18n.language) ? i18n.language : 'ja';
  return {
    locale,
    kind: (kind: ChildcareKind) => childcareKindLabels[kind][locale],
    service: (service: ChildcareService) => childcareServiceLabels[service][locale],
    fiscalYear: (year: number) => reiwaFiscalYearLabel(year)[locale],
    /** 2026-04 → 2026年4月 / April 2026 */
    month: (month: string) => {
      const [year, m] = month.split('-').map(Number) as [number, number];
      return locale === 'ja'
        ? `${year}年${m}月`
        : new Date(Date.UTC(year, m - 1, 1)).toLocaleDateString('en-GB', {
            month: 'long',
            year: 'numeric',
            timeZone: 'UTC',
          });
    },
  };
}
