import { describe, expect, it } from 'vitest';
import { blockEnd, blocksOf, monthsOf } from './statistics.ts';

describe('months of a statistics period', () => {
  it('lists every month from the first to the last, across the year end', () => {
    expect(monthsOf('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsOf('2026-11', '2026-11')).toEqual(['2026-11']);
    expect(monthsOf('2026-12', '2026-11')).toEqual([]);
    expect(monthsOf('not a month', '2026-11')).toEqual([]);
  });

  it('cuts a period into blocks, the last one ending with the period', () => {
    expect(blocksOf('2026-04', '2027-03', 'quarter')).toEqual([
      '2026-04',
      '2026-07',
      '2026-10',
      '2027-01',
    ]);
    expect(blockEnd('2026-10', 'halfYear')).toBe('2027-03');
    expect(blockEnd('2026-10', 'halfYear', '2026-12')).toBe('2026-12');
  });
});
