import type { TShift } from '@yorisoi/shared';

/** The people on shift at `now`, once each, without oneself. */
export function colleaguesOnShift(
  shifts: readonly TShift[],
  now: Date,
  selfId: string,
): { id: string; displayName: string }[] {
  const at = now.getTime();
  const people = new Map<string, string>();
  for (const shift of shifts) {
    const current =
      new Date(shift.startsAt).getTime() <= at && at < new Date(shift.endsAt).getTime();
    if (current && shift.userId !== selfId) people.set(shift.userId, shift.displayName);
  }
  return [...people].map(([id, displayName]) => ({ id, displayName }));
}
