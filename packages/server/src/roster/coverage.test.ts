import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCoverage, type ShiftSpan } from './coverage.ts';

const at = (iso: string) => new Date(iso);

describe('coverage', () => {
  it('counts people per hour and flags hours with fewer than two', () => {
    const shifts: ShiftSpan[] = [
      {
        userId: 'a',
        kind: 'on_duty',
        startsAt: at('2026-11-24T00:00:00Z'),
        endsAt: at('2026-11-24T03:00:00Z'),
      },
      {
        userId: 'b',
        kind: 'on_call',
        startsAt: at('2026-11-24T01:00:00Z'),
        endsAt: at('2026-11-24T02:30:00Z'),
      },
      {
        userId: 'a',
        kind: 'on_call',
        startsAt: at('2026-11-24T00:00:00Z'),
        endsAt: at('2026-11-24T03:00:00Z'),
      },
    ];
    const hours = computeCoverage({
      from: at('2026-11-24T00:20:00Z'),
      hours: 3,
      shifts,
      minimumStaff: 2,
    });
    expect(hours.map((h) => [h.startsAt.toISOString(), h.onDuty, h.onCall, h.gap])).toEqual([
      ['2026-11-24T00:00:00.000Z', 1, 0, true],
      ['2026-11-24T01:00:00.000Z', 1, 1, false],
      ['2026-11-24T02:00:00.000Z', 1, 0, true],
    ]);
  });

  it('agrees with a minute-by-minute count of people present for the whole hour', () => {
    const shift = fc
      .record({
        userId: fc.constantFrom('a', 'b', 'c', 'd'),
        kind: fc.constantFrom('on_duty' as const, 'on_call' as const),
        startQuarter: fc.integer({ min: 0, max: 4 * 48 }),
        lengthQuarters: fc.integer({ min: 1, max: 4 * 24 }),
      })
      .map(({ userId, kind, startQuarter, lengthQuarters }) => {
        const startsAt = new Date(Date.UTC(2026, 10, 24) + startQuarter * 900_000);
        return {
          userId,
          kind,
          startsAt,
          endsAt: new Date(startsAt.getTime() + lengthQuarters * 900_000),
        };
      });
    fc.assert(
      fc.property(
        fc.array(shift, { maxLength: 12 }),
        fc.integer({ min: 1, max: 4 }),
        (shifts, minimumStaff) => {
          const hours = computeCoverage({
            from: new Date(Date.UTC(2026, 10, 24)),
            hours: 48,
            shifts,
            minimumStaff,
          });
          for (const hour of hours) {
            const present = new Set<string>();
            for (const s of shifts) {
              let whole = true;
              for (let m = 0; m < 60; m++) {
                const t = hour.startsAt.getTime() + m * 60_000;
                if (t < s.startsAt.getTime() || t >= s.endsAt.getTime()) whole = false;
              }
              if (whole) present.add(s.userId);
            }
            expect(hour.onDuty + hour.onCall).toBe(present.size);
            expect(hour.gap).toBe(present.size < minimumStaff);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
