import { describe, expect, it } from 'vitest';
import { groupByDay, monthGrid } from './event-calendar.ts';

describe('event calendar arithmetic (Japan time)', () => {
  it('puts an event at 08:30 Japan time on the 1st in that day, not the UTC day before', () => {
    const days = groupByDay([
      { id: 'b', startsAt: '2026-12-01T05:00:00Z' },
      { id: 'a', startsAt: '2026-11-30T23:30:00Z' },
      { id: 'c', startsAt: '2026-12-02T01:00:00Z' },
    ]);
    expect(days.map(([day, items]) => [day, items.map((i) => i.id)])).toEqual([
      ['2026-12-01', ['a', 'b']],
      ['2026-12-02', ['c']],
    ]);
  });

  it('lays a month out Sunday first', () => {
    const grid = monthGrid('2026-12');
    // 1 December 2026 is a Tuesday.
    expect(grid[0]).toEqual([
      null,
      null,
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
    ]);
    expect(grid.flat().filter(Boolean)).toHaveLength(31);
    expect(grid.every((week) => week.length === 7)).toBe(true);
    expect(monthGrid('2028-02').flat().filter(Boolean)).toHaveLength(29);
  });
});
