import { describe, expect, it } from 'vitest';
import { formatDay } from './work-day.ts';

describe('formatDay', () => {
  it('writes a day as Japanese readers expect, with its weekday', () => {
    expect(formatDay('2026-12-07', 'ja')).toBe('2026年12月7日（月）');
    expect(formatDay('2027-04-01', 'en')).toBe('Thu, Apr 1, 2027');
  });
});
