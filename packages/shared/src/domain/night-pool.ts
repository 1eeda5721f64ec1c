/**
 * The shared night pool (issue 18): municipalities of the network agree that, during set
 * hours (e.g. 22:00–08:00 Japan time), a consultation that none of their own coordinators
 * takes in time goes to a queue that verified coordinators of every member on pool duty
 * may take. These are the pure rules of an agreement: its hours (which may cross
 * midnight), its nights, and which agreements would collide for one member.
 */
import { japanTimeOf, addDays } from './japan-time.ts';

import { minutesPerDay } from './appointments.ts';

/** "HH:MM" (00:00–23:59) as minutes after midnight, or null when it is not a clock time. */
export function clockMinutes(text: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

export interface PoolHours {
  /** Minutes after midnight, Japan time, when the pool opens. */
  startsMinute: number;
  /** Minutes after midnight, Japan time, when it closes; smaller than the start = next day. */
  endsMinute: number;
}

export interface PoolWindow extends PoolHours {
  /** First and last night (the Japanese day on which the pool opens), both included. */
  startDate: string;
  endDate: string;
}

/** Whether the hours cross midnight (22:00–08:00 does, 01:00–05:00 does not). */
export function crossesMidnight(hours: PoolHours): boolean {
  return hours.endsMinute < hours.startsMinute;
}

/** How long the pool is open each night, in minutes. */
export function poolLengthMinutes(hours: PoolHours): number {
  return crossesMidnight(hours)
    ? minutesPerDay - hours.startsMinute + hours.endsMinute
    : hours.endsMinute - hours.startsMinute;
}

/**
 * The night an instant belongs to under these hours (the Japanese day on which that
 * night's pool opened), or null when the pool is closed at that instant.
 */
export function poolNightAt(hours: PoolHours, instant: Date): string | null {
  const japan = japanTimeOf(instant);
  const m = japan.minutesOfDay;
  if (crossesMidnight(hours)) {
    if (m >= hours.startsMinute) return japan.date;
    if (m < hours.endsMinute) return addDays(japan.date, -1);
    return null;
  }
  return m >= hours.startsMinute && m < hours.endsMinute ? japan.date : null;
}

/** Whether the pool of an agreement is open at an instant (its hours, within its dates). */
export function poolOpenAt(window: PoolWindow, instant: Date): boolean {
  const night = poolNightAt(window, instant);
  return night !== null && night >= window.startDate && night <= window.endDate;
}

/** The minutes (from an epoch day) one night of an agreement covers, as [from, to). */
function nightStretch(hours: PoolHours, dayIndex: number): [number, number] {
  const from = dayIndex * minutesPerDay + hours.startsMinute;
  return [from, from + poolLengthMinutes(hours)];
}

const dayIndexOf = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

/**
 * Whether two agreements would both claim some instant: a night of one meets a night of
 * the other. Only nights within a day of the other's dates can meet (no night is longer
 * than a day), so those are the ones compared.
 */
export function poolWindowsOverlap(a: PoolWindow, b: PoolWindow): boolean {
  const aFirst = dayIndexOf(a.startDate);
  const aLast = dayIndexOf(a.endDate);
  const bFirst = dayIndexOf(b.startDate);
  const bLast = dayIndexOf(b.endDate);
  const from = Math.max(aFirst, bFirst - 1);
  const to = Math.min(aLast, bLast + 1);
  for (let day = from; day <= to; day++) {
    const [af, at] = nightStretch(a, day);
    for (let other = Math.max(day - 1, bFirst); other <= Math.min(day + 1, bLast); other++) {
      const [bf, bt] = nightStretch(b, other);
      if (af < bt && bf < at) return true;
    }
    // The same clock pattern repeats: once both run on three nights in a row, nothing new.
    if (day - from >= 3 && day + 3 <= to) day = to - 3;
  }
  return false;
}

export type PoolAgreementProblem =
  'POOL_HOURS_INVALID' | 'POOL_DATES_INVALID' | 'POOL_MEMBERS_INVALID' | 'POOL_LICENCES_INVALID';

/**
 * What is wrong with an agreement as written, before anything is stored: hours that are
 * not clock times or open and close at once, a last night before the first, fewer than
 * two distinct members, no licence (or one twice). Null when it is well formed.
 */
export function poolAgreementProblem(input: {
  startsAt: string;
  endsAt: string;
  startDate: string;
  endDate: string;
  memberIds: readonly string[];
  licences: readonly string[];
}): PoolAgreementProblem | null {
  const starts = clockMinutes(input.startsAt);
  const ends = clockMinutes(input.endsAt);
  if (starts === null || ends === null || starts === ends) return 'POOL_HOURS_INVALID';
  if (input.endDate < input.startDate) return 'POOL_DATES_INVALID';
  if (input.memberIds.length < 2 || new Set(input.memberIds).size !== input.memberIds.length)
    return 'POOL_MEMBERS_INVALID';
  if (input.licences.length === 0 || new Set(input.licences).size !== input.licences.length)
    return 'POOL_LICENCES_INVALID';
  return null;
}

/** Below this many people on pool duty in an hour, the roster flags the hour. */
export const poolMinimumPerHour = 2;

/**
 * People on pool duty in each hour of a night that opens at `nightDate` 00:00 Japan time
 * (index 0 = 00:00–01:00 … 23 = 23:00–24:00 of that day), counting each person once per
 * hour however many members they come from; an hour counts a person who is on duty for
 * any part of it.
 */
export function poolCoverageByHour(
  duties: ReadonlyArray<{ userId: string; startsAt: Date; endsAt: Date }>,
  dayStart: Date,
): Array<{ hour: number; people: number; belowMinimum: boolean }> {
  return Array.from({ length: 24 }, (_, hour) => {
    const from = dayStart.getTime() + hour * 3_600_000;
    const to = from + 3_600_000;
    const people = new Set(
      duties
        .filter((d) => d.startsAt.getTime() < to && d.endsAt.getTime() > from)
        .map((d) => d.userId),
    ).size;
    return { hour, people, belowMinimum: people < poolMinimumPerHour };
  });
}
