import { japanTimeOf, type TLocale } from '@yorisoi/shared';

/** Appointment times are Japan time wherever the device is. Japan has no daylight saving. */
const timeZone = 'Asia/Tokyo';
/** 「水」: the day of the week as Japanese write it in a date, from the platform's calendar data. */
const jaWeekday = new Intl.DateTimeFormat('ja-JP', { timeZone, weekday: 'short' });

/** 「11月25日（水）」 / "Wed, Nov 25" */
export function formatDay(iso: string, locale: TLocale): string {
  const p = japanTimeOf(iso);
  if (locale === 'ja') return `${p.month}月${p.day}日（${jaWeekday.format(new Date(iso))}）`;
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
  }).format(new Date(iso));
}

/** 「11月25日（水）14:00〜14:30」 / "Wed, Nov 25, 14:00–14:30" */
export function formatSlot(startsAt: string, endsAt: string, locale: TLocale): string {
  const start = japanTimeOf(startsAt);
  const end = japanTimeOf(endsAt);
  const endTime = end.date !== start.date && end.time === '00:00' ? '24:00' : end.time;
  return locale === 'ja'
    ? `${formatDay(startsAt, locale)}${start.time}〜${endTime}`
    : `${formatDay(startsAt, locale)}, ${start.time}–${endTime}`;
}

/** Slots grouped by their Japanese day, days in order, slots in order within a day. */
export function groupByJapanDay<S extends { startsAt: string }>(slots: readonly S[]) {
  const days = new Map<string, S[]>();
  for (const slot of [...slots].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const day = japanTimeOf(slot.startsAt).date;
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  return [...days.entries()].map(([date, items]) => ({ date, items }));
}

/** 570 → "09:30" */
export function minutesToTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "09:30" → 570; "24:00" is the end of the day. */
export function timeToMinutes(value: string): number | undefined {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 24 * 60 && Number(match[2]) < 60 ? minutes : undefined;
}
