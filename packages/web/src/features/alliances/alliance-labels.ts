import { useTranslation } from 'react-i18next';
import { japanMidnight } from '@yorisoi/shared';
import { formatDate } from '../../i18n/format.ts';
import { isLocale } from '../../i18n/locale.ts';

/** A calendar day (YYYY-MM-DD) as a person in Japan reads it: 2017年6月1日. */
export function useDayLabel(): (day: string) => string {
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'ja';
  return (day) => formatDate(japanMidnight(day), locale);
}
