import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { japanInstant, japanMidnight, japanTimeOf } from './japan-time.ts';

describe('Japan time', () => {
  it('reads an instant as the day and time in Japan', () => {
    // 23:30 UTC on 31 December is already New Year's Day, 8:30, in Japan.
    expect(japanTimeOf(new Date('2026-12-31T23:30:00Z'))).toEqual({
      date: '2027-01-01',
      time: '08:30',
      weekday: 5,
      minutesOfDay: 510,
      year: 2027,
      month: 1,
      day: 1,
    });
    expect(japanTimeOf('2026-12-07T14:59:59Z').date).toBe('2026-12-07');
    expect(japanTimeOf('2026-12-07T15:00:00Z').date).toBe('2026-12-08');
  });

  it('finds where a Japanese day starts, and an instant from a day and a time', () => {
    expect(japanMidnight('2026-12-08').toISOString()).toBe('2026-12-07T15:00:00.000Z');
    expect(japanInstant('2026-12-08', '09:15').toISOString()).toBe('2026-12-08T00:15:00.000Z');
  });

  it('agrees with the platform calendar for Asia/Tokyo, and round-trips', () => {
    const tokyo = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Tokyo',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (ms) => {
        const instant = new Date(ms);
        const parts = Object.fromEntries(
          tokyo.formatToParts(instant).map((p) => [p.type, p.value]),
        );
        const japan = japanTimeOf(instant);
        expect(japan.date).toBe(`${parts.year}-${parts.month}-${parts.day}`);
        expect(japan.time).toBe(`${parts.hour}:${parts.minute}`);
        const minute = Math.floor(ms / 60_000) * 60_000;
        expect(japanInstant(japan.date, japan.time).getTime()).toBe(minute);
        expect(japanMidnight(japan.date).getTime()).toBeLessThanOrEqual(ms);
        expect(ms - japanMidnight(japan.date).getTime()).toBeLessThan(86_400_000);
      }),
    );
  });
});
