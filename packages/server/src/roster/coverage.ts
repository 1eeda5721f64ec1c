import { timeBandAt, type TimeBand } from '../sla/time-band.ts';

export interface ShiftSpan {
  kind: 'on_duty' | 'on_call';
  startsAt: Date;
  endsAt: Date;
  userId: string;
}

export interface CoverageHour {
  startsAt: Date;
  onDuty: number;
  onCall: number;
  band: TimeBand;
  gap: boolean;
}

const hourMs = 3_600_000;

/**
 * People on duty and on call in each hour of a window. A person counts in an hour only if
 * their shift covers the whole hour (a shift ending at 02:30 leaves 02:00–03:00 to the
 * others), and once per hour whatever their shifts; on duty wins over on call. An hour with
 * fewer than `minimumStaff` people is a gap.
 */
export function computeCoverage({
  from,
  hours,
  shifts,
  minimumStaff,
}: {
  from: Date;
  hours: number;
  shifts: readonly ShiftSpan[];
  minimumStaff: number;
}): CoverageHour[] {
  const start = Math.floor(from.getTime() / hourMs) * hourMs;
  const out: CoverageHour[] = [];
  for (let i = 0; i < hours; i++) {
    const hourStart = start + i * hourMs;
    const hourEnd = hourStart + hourMs;
    const duty = new Set<string>();
    const call = new Set<string>();
    for (const shift of shifts) {
      if (shift.startsAt.getTime() > hourStart || shift.endsAt.getTime() < hourEnd) continue;
      (shift.kind === 'on_duty' ? duty : call).add(shift.userId);
    }
    for (const userId of duty) call.delete(userId);
    const startsAt = new Date(hourStart);
    out.push({
      startsAt,
      onDuty: duty.size,
      onCall: call.size,
      band: timeBandAt(startsAt),
      gap: duty.size + call.size < minimumStaff,
    });
  }
  return out;
}
