import type { TLocale } from '@yorisoi/shared';

/** Appointment times are Japan time wherever the device is. Japan has no daylight saving. */
const timeZone = 'Asia/Tokyo';
/** 「水」: the day of the week as Japanese write it in a date, from the platform's calendar data. */
const jaWeekday = new Intl.DateTimeFormat('ja-JP', { timeZone, weekday: 'short' });

interface JapanParts {
  /** YYYY-MM-DD */
  date: string;
  month: number;
  day: number;
  weekday: number;
  time: string;
}

export function japanParts(iso: string): JapanParts {
  const shifted = new Date(new Date(iso).getTime() + 9 * 3_600_000);
  return {
    date: shifted.toISOString().slice(0, 10),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    time: shifted.toISOString().slice(11, 16),
  };
}

/** A date (YYYY-MM-DD) and time (HH:MM) in Japan time as an ISO instant. */
export function japanInstant(date: string, time: string): string {
  return new Date(`${date}T${time}:00+09:00`).toISOString();
}

/** 「11月25日（水）」 / "Wed, Nov 25" */
export function formatDay(iso: string, locale: TLocale): string {
  const p = japanParts(iso);
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
  const start = japanParts(startsAt);
  const end = japanParts(endsAt);
  const endTime = end.date !== start.date && end.time === '00:00' ? '24:00' : end.time;
  return locale === 'ja'
    ? `${formatDay(startsAt, locale)}${start.time}〜${endTime}`
    : `${formatDay(startsAt, locale)}, ${start.time}–${endTime}`;
}

/** Slots grouped by their Japanese day, days in order, slots in order within a day. */
export function groupByJapanDay<S extends { startsAt: string }>(slots: readonly S[]) {
  const days = new Map<string, S[]>();
  for (const slot of [...slots].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const day = japanParts(slot.startsAt).date;
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
