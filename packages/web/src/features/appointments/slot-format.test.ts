import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatSlot, groupByJapanDay, minutesToTime, timeToMinutes } from './slot-format.ts';

describe('appointment times in Japan time', () => {
  it('shows a slot the way Japanese users expect, and in English', () => {
    const start = '2026-11-25T05:00:00.000Z';
    const end = '2026-11-25T05:30:00.000Z';
    expect(formatSlot(start, end, 'ja')).toBe('11月25日（水）14:00〜14:30');
    expect(formatSlot(start, end, 'en')).toBe('Wed, Nov 25, 14:00–14:30');
    expect(formatSlot('2026-11-25T14:15:00.000Z', '2026-11-25T15:00:00.000Z', 'ja')).toBe(
      '11月25日（水）23:15〜24:00',
    );
  });

  it('groups by the Japanese day, not the device day', () => {
    const groups = groupByJapanDay([
      { startsAt: '2026-11-25T15:00:00.000Z' },
      { startsAt: '2026-11-25T14:30:00.000Z' },
    ]);
    expect(groups.map((g) => g.date)).toEqual(['2026-11-25', '2026-11-26']);
  });

  it('reads back every time it writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1440 }), (minutes) => {
        expect(timeToMinutes(minutesToTime(minutes))).toBe(minutes);
      }),
    );
    expect(timeToMinutes('25:00')).toBeUndefined();
    expect(timeToMinutes('9:00')).toBeUndefined();
  });
});
