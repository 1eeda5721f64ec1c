import { addDays, japanInstant, japanTimeOf, type TLocale } from '@yorisoi/shared';

/** The chat runs on Japan time wherever the device is, like every date in the app. */
const timeZone = 'Asia/Tokyo';

/** 2026-12-05: the calendar day of a moment in Japan time, comparable as a string. */
export function dayKey(value: string | Date): string {
  return japanTimeOf(value).date;
}

/**
 * A date separator in the log: 今日, 昨日, 12月5日（金）, and the year only when it is
 * not this year (2025年12月5日（金））. English: Today, Yesterday, Fri, Dec 5 (2025).
 */
export function dayLabel(key: string, now: Date, locale: TLocale): string {
  const today = dayKey(now);
  if (key === today || key === addDays(today, -1)) {
    const words = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(
      key === today ? 0 : -1,
      'day',
    );
    return words.charAt(0).toUpperCase() + words.slice(1);
  }
  // Noon in Japan names the day unambiguously, whatever the device's zone.
  const date = japanInstant(key, '12:00');
  const withYear = key.slice(0, 4) !== today.slice(0, 4);
  if (locale === 'ja') {
    const md = new Intl.DateTimeFormat('ja-JP', {
      timeZone,
      ...(withYear ? { year: 'numeric' } : {}),
      month: 'long',
      day: 'numeric',
    }).format(date);
    const weekday = new Intl.DateTimeFormat('ja-JP', { timeZone, weekday: 'short' }).format(date);
    return `${md}（${weekday}）`;
  }
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    ...(withYear ? { year: 'numeric' } : {}),
  }).format(date);
}

/** 09:34, the time shown beside a bubble (the day is in the separator above it). */
export function timeLabel(value: string, locale: TLocale): string {
  return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-US', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(value));
}

/** What the timeline needs to know of an entry; `sender` is null for announcements. */
export interface TimelineEntry {
  key: string;
  createdAt: string;
  sender: string | null;
}

export type TimelineRow<T> =
  | { kind: 'day'; key: string; day: string }
  | {
      kind: 'entry';
      key: string;
      entry: T;
      /** The first bubble of a run by one sender: the name and avatar go here. */
      groupStart: boolean;
      /** The last bubble of the run: the tail and the wider gap go here. */
      groupEnd: boolean;
    };

/**
 * The log as it is drawn: a separator before the first entry of each day, and bubbles
 * grouped while the same sender writes on the same day (announcements break a group).
 */
export function buildTimeline<T>(
  entries: readonly T[],
  describe: (entry: T) => TimelineEntry,
): TimelineRow<T>[] {
  type EntryRow = TimelineRow<T> & { kind: 'entry' };
  const rows: TimelineRow<T>[] = [];
  let day: string | null = null;
  let previous: { sender: string | null; row: EntryRow } | null = null;
  for (const entry of entries) {
    const { key, createdAt, sender } = describe(entry);
    const entryDay = dayKey(createdAt);
    if (entryDay !== day) {
      rows.push({ kind: 'day', key: `day-${entryDay}`, day: entryDay });
      day = entryDay;
      previous = null;
    }
    const continues: boolean = previous !== null && sender !== null && previous.sender === sender;
    if (continues && previous) previous.row.groupEnd = false;
    const row: EntryRow = { kind: 'entry', key, entry, groupStart: !continues, groupEnd: true };
    rows.push(row);
    previous = { sender, row };
  }
  return rows;
}
