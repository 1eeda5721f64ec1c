import { japanTimeOf, type TLocale } from '@yorisoi/shared';

const timeZone = 'Asia/Tokyo';

/** 「12月10日（木）15:00」 / "Thu, Dec 10, 15:00": when the health room will contact someone. */
export function formatContactTime(iso: string, locale: TLocale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  if (locale === 'ja') {
    const md = new Intl.DateTimeFormat('ja-JP', { timeZone, month: 'long', day: 'numeric' }).format(
      date,
    );
    const weekday = new Intl.DateTimeFormat('ja-JP', { timeZone, weekday: 'short' }).format(date);
    const { minutesOfDay } = japanTimeOf(date);
    const hh = String(Math.floor(minutesOfDay / 60)).padStart(2, '0');
    const mm = String(minutesOfDay % 60).padStart(2, '0');
    return `${md}（${weekday}）${hh}:${mm}`;
  }
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

/** The datetime-local value (Japan time) of an instant, for editing it. */
export function japanLocalValue(iso: string): string {
  const { date, minutesOfDay } = japanTimeOf(iso);
  const hh = String(Math.floor(minutesOfDay / 60)).padStart(2, '0');
  const mm = String(minutesOfDay % 60).padStart(2, '0');
  return `${date}T${hh}:${mm}`;
}
