import { useTranslation } from 'react-i18next';
import { japanMidnight } from '@yorisoi/shared';
import { isLocale } from '../../i18n/locale.ts';

const timeZone = 'Asia/Tokyo';
const jaWeekday = new Intl.DateTimeFormat('ja-JP', { timeZone, weekday: 'short' });
const enDay = new Intl.DateTimeFormat('en-US', {
  timeZone,
  weekday: 'short',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
});

/** A calendar day (YYYY-MM-DD) as a job ad in Japan writes it: 2027年2月1日（月）. */
export function dayLabel(day: string, locale: 'ja' | 'en'): string {
  const date = japanMidnight(day);
  if (locale === 'en') return enDay.format(date);
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  return `${year}年${month}月${dayOfMonth}日（${jaWeekday.format(date)}）`;
}

export function useDayLabel(): (day: string) => string {
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'ja';
  return (day) => dayLabel(day, locale);
}
