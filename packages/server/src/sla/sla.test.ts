import { japanTimeOf } from '@yorisoi/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeBandAt } from './time-band.ts';
import { defaultSlaTargets, slaClock } from './sla.ts';

const jst = (local: string) => new Date(`${local}+09:00`);

describe('time bands in Japan time', () => {
  it.each([
    ['2026-11-24T10:00:00', 'day', 'a Tuesday morning'],
    ['2026-11-24T08:29:00', 'night', 'just before office hours'],
    ['2026-11-24T17:15:00', 'night', 'when the office closes'],
    ['2026-11-24T03:00:00', 'night', '3 a.m. on a working day'],
    ['2026-11-23T10:00:00', 'holiday', '勤労感謝の日'],
    ['2026-11-22T14:00:00', 'holiday', 'a Sunday'],
    ['2026-05-06T10:00:00', 'holiday', '振替休日 for こどもの日 on a Sunday'],
    ['2026-12-29T10:00:00', 'holiday', '年末年始 closure'],
    ['2027-01-04T10:00:00', 'day', 'the first working day of the year'],
  ] as const)('%s is %s (%s)', (local, band, _why) => {
    expect(timeBandAt(jst(local))).toBe(band);
  });

  it('reads the Japanese calendar date, not the UTC one', () => {
    // 23:30 UTC on the 22nd is already 08:30 on the 23rd in Japan.
    expect(japanTimeOf(new Date('2026-11-22T23:30:00Z'))).toMatchObject({
      date: '2026-11-23',
      minutesOfDay: 510,
      year: 2026,
    });
  });
});

describe('SLA clocks', () => {
  it('counts down from the target of the band the waiting started in', () => {
    const clock = slaClock({
      kind: 'firstResponse',
      waitingSince: jst('2026-11-24T22:00:00'),
      now: jst('2026-11-24T22:05:00'),
    });
    expect(clock.band).toBe('night');
    expect(clock.remainingMs).toBe((defaultSlaTargets.firstResponse.night - 5) * 60_000);
    expect(clock.breached).toBe(false);
  });

  it('is breached exactly when now passes the deadline', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2025-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 180 }),
        (since, waitedMinutes) => {
          const now = new Date(since.getTime() + waitedMinutes * 60_000);
          const clock = slaClock({ kind: 'nextResponse', waitingSince: since, now });
          expect(clock.breached).toBe(waitedMinutes > defaultSlaTargets.nextResponse[clock.band]);
        },
      ),
    );
  });
});
