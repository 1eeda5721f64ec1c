import type { TLocale } from '@yorisoi/shared';

const timeZone = 'Asia/Tokyo';

/** A Japanese calendar day (YYYY-MM-DD) as people read it: 「2026年12月7日（月）」 / "Mon, Dec 7, 2026". */
export function formatDay(day: string, locale: TLocale): string {
  // Noon in Japan: the same calendar day in every time zone the formatter might use.
  const date = new Date(`${day}T12:00:00+09:00`);
  if (Number.isNaN(date.getTime())) return day;
  if (locale === 'en')
    return new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      year: 'numeric',
      month: 'short',
      day: 'numeric',
    }).format(date);
  const ymd = new Intl.DateTimeFormat('ja-JP', {
    timeZone,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(date);
  const weekday = new Intl.DateTimeFormat('ja-JP', { timeZone, weekday: 'short' }).format(date);
  return `${ymd}（${weekday}）`;
}
