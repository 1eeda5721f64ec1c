import { useTranslation } from 'react-i18next';
import { japanTimeOf } from '@yorisoi/shared';

/** 「2026年12月7日（月）」 for a YYYY-MM-DD Japan day or the Japan day of an ISO instant. */
export function useCentreDate() {
  const { t } = useTranslation();
  return (value: string): string => {
    const day = value.length === 10 ? value : japanTimeOf(value).date;
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    const weekday = new Date(Date.UTC(year, month - 1, date)).getUTCDay();
    return t('jobCentre.date', {
      year,
      month,
      day: date,
      weekday: t(`events.weekdays.${String(weekday)}` as 'events.weekdays.0'),
    });
  };
}

/** Today in Japan, for a start recorded as "from today". */
export const japanToday = (): string => japanTimeOf(new Date()).date;
