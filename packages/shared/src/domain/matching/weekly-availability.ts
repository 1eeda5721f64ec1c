/**
 * When in the week a person can work, or an opening needs work done: 7 days × 48 half
 * hours in Japan time, one bit per half hour (336 bits). The same bits are stored in
 * PostgreSQL as `bit(336)`, so the database can AND two weeks and count what overlaps
 * (`bit_count(a & b)`) exactly as this module does.
 *
 * Weekdays follow `japan-time.ts` (0 = Sunday … 6 = Saturday); half hour 0 is 00:00–00:30.
 */

export const slotMinutes = 30;
export const slotsPerDay = (24 * 60) / slotMinutes;
export const slotsPerWeek = 7 * slotsPerDay;
/** More than this cannot be asked of or offered by anyone: a week holds 168 hours. */
export const hoursInWeek = 168;
const words = Math.ceil(slotsPerWeek / 32);

/** A week's half hours as 32-bit words; bit `i % 32` of word `i / 32` is slot `i`. */
export type WeekMask = readonly number[];

/** One stretch of time on one weekday, clock times as "HH:MM" in Japan time. */
export interface WeeklyRange {
  weekday: number;
  from: string;
  to: string;
}

export type AvailabilityProblem =
  | { code: 'weekday'; index: number }
  | { code: 'time'; index: number }
  | { code: 'endBeforeStart'; index: number };

const clock = /^([01]\d|2[0-4]):(00|30)$/;

/** Minutes after midnight of "HH:MM" on a half-hour boundary (24:00 allowed as an end), or null. */
function minutesOf(text: string): number | null {
  const match = clock.exec(text);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes > 24 * 60 ? null : minutes;
}

/** Why a list of ranges cannot be a week: every problem, each with the range's index. */
export function availabilityProblems(ranges: readonly WeeklyRange[]): AvailabilityProblem[] {
  const problems: AvailabilityProblem[] = [];
  ranges.forEach((range, index) => {
    if (!Number.isInteger(range.weekday) || range.weekday < 0 || range.weekday > 6)
      problems.push({ code: 'weekday', index });
    const from = minutesOf(range.from);
    const to = minutesOf(range.to);
    if (from === null || to === null || from === 24 * 60) problems.push({ code: 'time', index });
    else if (to <= from) problems.push({ code: 'endBeforeStart', index });
  });
  return problems;
}

export function emptyWeek(): number[] {
  return new Array<number>(words).fill(0);
}

/** Every half hour of the week: work that can be done at any time. */
export const fullWeek: WeekMask = Object.freeze(
  Array.from({ length: words }, (_, i) =>
    i < Math.floor(slotsPerWeek / 32) ? 0xffffffff : (2 ** (slotsPerWeek % 32) - 1) >>> 0,
  ),
);

function setSlot(mask: number[], slot: number): void {
  mask[slot >>> 5] = (mask[slot >>> 5]! | (1 << (slot & 31))) >>> 0;
}

export function hasSlot(mask: WeekMask, slot: number): boolean {
  return ((mask[slot >>> 5]! >>> (slot & 31)) & 1) === 1;
}

/** The mask of valid ranges (check `availabilityProblems` first; invalid ranges throw). */
export function weekMaskOf(ranges: readonly WeeklyRange[]): WeekMask {
  if (availabilityProblems(ranges).length > 0) throw new RangeError('invalid weekly ranges');
  const mask = emptyWeek();
  for (const range of ranges) {
    const first = minutesOf(range.from)! / slotMinutes;
    const end = minutesOf(range.to)! / slotMinutes;
    for (let s = first; s < end; s++) setSlot(mask, range.weekday * slotsPerDay + s);
  }
  return mask;
}

/** The ranges a mask holds, joined where half hours touch, by weekday and time. */
export function rangesOf(mask: WeekMask): WeeklyRange[] {
  const ranges: WeeklyRange[] = [];
  const text = (slot: number) => {
    const minutes = slot * slotMinutes;
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  };
  for (let weekday = 0; weekday < 7; weekday++) {
    let start: number | null = null;
    for (let s = 0; s <= slotsPerDay; s++) {
      const on = s < slotsPerDay && hasSlot(mask, weekday * slotsPerDay + s);
      if (on && start === null) start = s;
      if (!on && start !== null) {
        ranges.push({ weekday, from: text(start), to: text(s) });
        start = null;
      }
    }
  }
  return ranges;
}

function popcount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function intersectWeeks(a: WeekMask, b: WeekMask): WeekMask {
  return a.map((word, i) => (word & (b[i] ?? 0)) >>> 0);
}

export function slotCount(mask: WeekMask): number {
  return mask.reduce((sum, word) => sum + popcount(word), 0);
}

/** Half hours both weeks hold (symmetric by construction of AND). */
export function overlapSlots(a: WeekMask, b: WeekMask): number {
  let count = 0;
  for (let i = 0; i < words; i++) count += popcount((a[i] ?? 0) & (b[i] ?? 0));
  return count;
}

export function overlapHours(a: WeekMask, b: WeekMask): number {
  return (overlapSlots(a, b) * slotMinutes) / 60;
}

/** The weekdays (0 = Sunday) on which a mask holds any half hour. */
export function weekdaysOf(mask: WeekMask): number[] {
  const days: number[] = [];
  for (let weekday = 0; weekday < 7; weekday++) {
    for (let s = 0; s < slotsPerDay; s++) {
      if (hasSlot(mask, weekday * slotsPerDay + s)) {
        days.push(weekday);
        break;
      }
    }
  }
  return days;
}

export type DayPart = 'morning' | 'afternoon' | 'evening';

/** 午前 before 12:00, 午後 until 17:00, 夕方以降 after: how a parent says it. */
function dayPartOf(slot: number): DayPart {
  const minutes = (slot % slotsPerDay) * slotMinutes;
  if (minutes < 12 * 60) return 'morning';
  return minutes < 17 * 60 ? 'afternoon' : 'evening';
}

/** The one part of the day every half hour of the mask falls in, or null when they spread. */
export function dayPartOfWeek(mask: WeekMask): DayPart | null {
  let part: DayPart | null = null;
  for (let s = 0; s < slotsPerWeek; s++) {
    if (!hasSlot(mask, s)) continue;
    const here = dayPartOf(s);
    if (part !== null && part !== here) return null;
    part = here;
  }
  return part;
}

/** PostgreSQL's `bit(336)` text: character `i` is slot `i`. */
export function weekMaskToBits(mask: WeekMask): string {
  let bits = '';
  for (let s = 0; s < slotsPerWeek; s++) bits += hasSlot(mask, s) ? '1' : '0';
  return bits;
}

export function weekMaskFromBits(bits: string): WeekMask {
  if (bits.length !== slotsPerWeek || !/^[01]*$/.test(bits))
    throw new RangeError('a week mask is 336 bits');
  const mask = emptyWeek();
  for (let s = 0; s < slotsPerWeek; s++) if (bits[s] === '1') setSlot(mask, s);
  return mask;
}

export type HoursProblem = 'notANumber' | 'negative' | 'moreThanAWeek' | 'minAboveMax';

/**
 * Hours per week as a person or an opening states them: whole or half hours, 0–168, and
 * a range whose minimum does not exceed its maximum.
 */
export function hoursPerWeekProblem(min: number, max: number): HoursProblem | null {
  for (const value of [min, max]) {
    if (!Number.isFinite(value) || !Number.isInteger(value * 2)) return 'notANumber';
    if (value < 0) return 'negative';
    if (value > hoursInWeek) return 'moreThanAWeek';
  }
  return min > max ? 'minAboveMax' : null;
}
