import { defaultServiceHours, timeBandAt, type ServiceHours, type TimeBand } from './time-band.ts';

/** Response-time targets in minutes, per kind of response and time band. */
export interface SlaTargets {
  firstResponse: Record<TimeBand, number>;
  nextResponse: Record<TimeBand, number>;
}

/**
 * Defaults a municipality starts from: a first answer within 10 minutes in office hours
 * and 15 at night and on holidays, when fewer people are on duty.
 */
export const defaultSlaTargets: SlaTargets = {
  firstResponse: { day: 10, night: 15, holiday: 15 },
  nextResponse: { day: 15, night: 20, holiday: 20 },
};

export type ResponseKind = 'firstResponse' | 'nextResponse';

export interface SlaClock {
  band: TimeBand;
  deadline: Date;
  remainingMs: number;
  breached: boolean;
}

/** The target is set by the band in which the waiting started. */
export function slaClock({
  kind,
  waitingSince,
  now,
  targets = defaultSlaTargets,
  hours = defaultServiceHours,
}: {
  kind: ResponseKind;
  waitingSince: Date;
  now: Date;
  targets?: SlaTargets;
  hours?: ServiceHours;
}): SlaClock {
  const band = timeBandAt(waitingSince, hours);
  const deadline = new Date(waitingSince.getTime() + targets[kind][band] * 60_000);
  const remainingMs = deadline.getTime() - now.getTime();
  return { band, deadline, remainingMs, breached: remainingMs < 0 };
}
