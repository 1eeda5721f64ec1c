import { describe, expect, it } from 'vitest';
import { formatContactTime, japanLocalValue } from './contact-time.ts';

describe('the time of a planned contact', () => {
  it('reads in Japan time with the weekday, whatever the device’s zone', () => {
    // 2026-12-10 06:00 UTC is Thursday 15:00 in Japan.
    expect(formatContactTime('2026-12-10T06:00:00.000Z', 'ja')).toBe('12月10日（木）15:00');
    expect(formatContactTime('2026-12-10T06:00:00.000Z', 'en')).toBe('Thu, Dec 10, 15:00');
    // 23:30 UTC is already the next day in Japan.
    expect(formatContactTime('2026-12-09T23:30:00.000Z', 'ja')).toBe('12月10日（木）08:30');
  });

  it('gives the datetime-local value an edit starts from', () => {
    expect(japanLocalValue('2026-12-09T23:30:00.000Z')).toBe('2026-12-10T08:30');
  });
});
