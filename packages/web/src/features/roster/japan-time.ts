import { japanInstant, japanMidnight, japanTimeOf } from '@yorisoi/shared';

/** A datetime-local value (YYYY-MM-DDTHH:mm) read as Japan time, as an ISO instant. */
export function japanLocalToIso(value: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(value);
  if (!match?.[1] || !match[2]) return undefined;
  const instant = japanInstant(match[1], match[2]);
  return Number.isNaN(instant.getTime()) ? undefined : instant.toISOString();
}

/** Whether a datetime-local value falls on a quarter hour. */
export function isQuarterHour(value: string): boolean {
  const minutes = /T\d{2}:(\d{2})$/.exec(value)?.[1];
  return minutes !== undefined && Number(minutes) % 15 === 0;
}

/** The Japan-time date (YYYY-MM-DD) and hour of an instant. Japan has no daylight saving. */
export function japanDayAndHour(iso: string): { day: string; hour: number } {
  const { date, minutesOfDay } = japanTimeOf(iso);
  return { day: date, hour: Math.floor(minutesOfDay / 60) };
}

/** Midnight of the current Japan day, as an ISO instant. */
export function startOfJapanDay(now: Date): string {
  return japanMidnight(japanTimeOf(now).date).toISOString();
}
