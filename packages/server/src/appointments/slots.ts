import { japanMidnight, japanTimeOf, type AppointmentChannel } from '@yorisoi/shared';
import { isNationalHoliday } from '../sla/time-band.ts';

/**
 * Slot arithmetic in Japan time (`japanTimeOf` in shared): a Japanese calendar day starts
 * at 15:00 UTC the day before and always lasts 24 hours.
 */
const dayMs = 86_400_000;
const minuteMs = 60_000;

export interface WeeklyWindow {
  weekday: number;
  startMinute: number;
  endMinute: number;
  slotMinutes: number;
  channels: readonly AppointmentChannel[];
}

export interface AvailabilityChange {
  kind: 'block' | 'open';
  startsAt: Date;
  endsAt: Date;
  slotMinutes: number | null;
  channels: readonly AppointmentChannel[];
}

export interface Slot {
  startsAt: Date;
  endsAt: Date;
  channels: readonly AppointmentChannel[];
}

function cut(
  startsAt: number,
  endsAt: number,
  slotMinutes: number,
  channels: readonly AppointmentChannel[],
) {
  const slots: Slot[] = [];
  const length = slotMinutes * minuteMs;
  for (let at = startsAt; at + length <= endsAt; at += length) {
    slots.push({ startsAt: new Date(at), endsAt: new Date(at + length), channels });
  }
  return slots;
}

const overlaps = (a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }) =>
  a.startsAt < b.endsAt && b.startsAt < a.endsAt;

/**
 * The bookable slots starting in [from, to): the weekly windows of every Japanese day
 * that is not a national holiday, plus opened periods (the only way a holiday is
 * offered), minus blocks. Opened slots that would overlap a weekly slot are dropped, so
 * slots never overlap one another. Sorted by start.
 */
export function slotsBetween({
  weekly,
  changes,
  from,
  to,
}: {
  weekly: readonly WeeklyWindow[];
  changes: readonly AvailabilityChange[];
  from: Date;
  to: Date;
}): Slot[] {
  const slots: Slot[] = [];
  const firstDay = japanMidnight(japanTimeOf(from).date).getTime();
  // One day beyond `to`, so an opened slot near the end sees the weekly slots it would overlap.
  for (let day = firstDay; day < to.getTime() + dayMs; day += dayMs) {
    const date = japanTimeOf(new Date(day)).date;
    if (isNationalHoliday(date)) continue;
    const weekday = japanTimeOf(new Date(day)).weekday;
    for (const window of weekly) {
      if (window.weekday !== weekday) continue;
      slots.push(
        ...cut(
          day + window.startMinute * minuteMs,
          day + window.endMinute * minuteMs,
          window.slotMinutes,
          window.channels,
        ),
      );
    }
  }
  for (const change of changes) {
    if (change.kind !== 'open' || change.slotMinutes === null) continue;
    for (const slot of cut(
      change.startsAt.getTime(),
      change.endsAt.getTime(),
      change.slotMinutes,
      change.channels,
    )) {
      if (!slots.some((s) => overlaps(s, slot))) slots.push(slot);
    }
  }
  const blocks = changes.filter((c) => c.kind === 'block');
  return slots
    .filter((s) => s.startsAt >= from && s.startsAt < to && !blocks.some((b) => overlaps(b, s)))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** The slot that starts exactly at `startsAt` and offers the channel, if there is one. */
export function findSlot(
  availability: { weekly: readonly WeeklyWindow[]; changes: readonly AvailabilityChange[] },
  startsAt: Date,
  channel: AppointmentChannel,
): Slot | null {
  const slots = slotsBetween({
    ...availability,
    from: startsAt,
    to: new Date(startsAt.getTime() + minuteMs),
  });
  return (
    slots.find(
      (s) => s.startsAt.getTime() === startsAt.getTime() && s.channels.includes(channel),
    ) ?? null
  );
}

/** Weekly windows of one coordinator must not overlap on the same weekday. */
export function weeklyWindowsOverlap(windows: readonly WeeklyWindow[]): boolean {
  return windows.some((a, i) =>
    windows.some(
      (b, j) =>
        j > i &&
        a.weekday === b.weekday &&
        a.startMinute < b.endMinute &&
        b.startMinute < a.endMinute,
    ),
  );
}
