import { describe, expect, it } from 'vitest';
import { isQuarterHour, japanDayAndHour, japanLocalToIso, startOfJapanDay } from './japan-time.ts';

describe('Japan time for the roster', () => {
  it('reads a datetime-local value as Japan time', () => {
    expect(japanLocalToIso('2026-11-22T09:15')).toBe('2026-11-22T00:15:00.000Z');
    expect(japanLocalToIso('2026-11-22T25:15')).toBeUndefined();
    expect(japanLocalToIso('')).toBeUndefined();
  });

  it('accepts quarter hours only', () => {
    expect(isQuarterHour('2026-11-22T09:45')).toBe(true);
    expect(isQuarterHour('2026-11-22T09:10')).toBe(false);
  });

  it('gives the Japan day and hour of an instant', () => {
    expect(japanDayAndHour('2026-11-21T15:00:00.000Z')).toEqual({ day: '2026-11-22', hour: 0 });
  });

  it('finds midnight in Japan, whatever the device time zone', () => {
    expect(startOfJapanDay(new Date('2026-11-21T16:30:00.000Z'))).toBe('2026-11-21T15:00:00.000Z');
    expect(startOfJapanDay(new Date('2026-11-21T14:30:00.000Z'))).toBe('2026-11-20T15:00:00.000Z');
  });
});
