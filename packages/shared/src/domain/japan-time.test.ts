import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  japanFiscalYearOf,
  japanInstant,
  japanMidnight,
  japanMonthOf,
  japanMonthStart,
  japanTimeOf,
} from './japan-time.ts';

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

  it('moves months and days by the calendar, across the year end', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(addMonths('2026-11', -12)).toBe('2025-11');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
  });

  it('finds the month of an instant and the instant a month starts, in Japan', () => {
    // 15:00 UTC on 31 December is already January in Japan.
    expect(japanMonthOf('2026-12-31T14:59:59Z')).toBe('2026-12');
    expect(japanMonthOf('2026-12-31T15:00:00Z')).toBe('2027-01');
    expect(japanMonthStart('2027-01').toISOString()).toBe('2026-12-31T15:00:00.000Z');
  });

  const month = fc
    .record({ year: fc.integer({ min: 1970, max: 2100 }), month: fc.integer({ min: 1, max: 12 }) })
    .map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}`);

  it('adds months as the inverse of subtracting them, one month apart', () => {
    fc.assert(
      fc.property(month, fc.integer({ min: -600, max: 600 }), (m, n) => {
        expect(addMonths(addMonths(m, n), -n)).toBe(m);
        expect(addMonths(m, n) > m).toBe(n > 0);
        const next = addMonths(m, 1);
        expect(japanMonthOf(new Date(japanMonthStart(next).getTime() - 1))).toBe(m);
        expect(japanMonthOf(japanMonthStart(next))).toBe(next);
      }),
    );
  });

  it('adds days as the Japanese calendar counts them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4_102_444_800_000 }),
        fc.integer({ min: -1000, max: 1000 }),
        (ms, n) => {
          const day = japanTimeOf(new Date(ms)).date;
          expect(addDays(day, n)).toBe(japanTimeOf(new Date(ms + n * 86_400_000)).date);
          expect(addDays(addDays(day, n), -n)).toBe(day);
        },
      ),
    );
  });

  it('starts the fiscal year on 1 April in Japan', () => {
    // 15:00 UTC on 31 March is already 1 April in Japan.
    expect(japanFiscalYearOf(new Date('2027-03-31T14:59:59Z'))).toBe(2026);
    expect(japanFiscalYearOf(new Date('2027-03-31T15:00:00Z'))).toBe(2027);
    expect(japanFiscalYearOf(new Date('2026-12-31T15:00:00Z'))).toBe(2026);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (ms) => {
        const fiscalYear = japanFiscalYearOf(new Date(ms));
        expect(japanMidnight(`${fiscalYear}-04-01`).getTime()).toBeLessThanOrEqual(ms);
        expect(japanMidnight(`${fiscalYear + 1}-04-01`).getTime()).toBeGreaterThan(ms);
      }),
    );
  });
});
