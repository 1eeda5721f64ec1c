import { describe, expect, it } from 'vitest';
import { differByTooFew, differencingConflicts } from './differencing.ts';
import { people } from './test-tables.ts';

const set = (...groups: string[][]) => new Set(groups.flat());

describe('differByTooFew (k = 10)', () => {
  it.each([
    { name: 'identical groups', a: set(people('a', 30)), b: set(people('a', 30)), tooFew: false },
    { name: 'disjoint groups', a: set(people('a', 30)), b: set(people('b', 12)), tooFew: false },
    { name: 'one person more', a: set(people('a', 30)), b: set(people('a', 31)), tooFew: true },
    { name: 'nine more', a: set(people('a', 30)), b: set(people('a', 39)), tooFew: true },
    { name: 'ten more', a: set(people('a', 30)), b: set(people('a', 40)), tooFew: false },
    {
      name: 'ten in, one out',
      a: set(people('a', 30)),
      b: set(people('a', 30).slice(1), people('b', 10)),
      tooFew: true,
    },
    { name: 'empty and a group', a: set(), b: set(people('a', 12)), tooFew: false },
  ])('$name: $tooFew', ({ a, b, tooFew }) => {
    expect(differByTooFew(a, b, 10)).toBe(tooFew);
    expect(differByTooFew(b, a, 10)).toBe(tooFew);
  });
});

describe('differencingConflicts', () => {
  it('finds two filters in one release that differ by one person', () => {
    const all = { label: '全社', persons: set(people('p', 40)) };
    const withoutOne = { label: '全社（管理職を除く）', persons: set(people('p', 39)) };
    expect(differencingConflicts([all, withoutOne], [], 10)).toEqual([
      { group: '全社（管理職を除く）', conflictsWith: { releaseId: null, label: '全社' } },
    ]);
  });

  it('finds a cumulative series that moved by fewer than k persons', () => {
    const april = {
      releaseId: 'r-2025-04',
      label: '累計 4月',
      persons: set(people('p', 40)),
      k: 10,
    };
    const may = { label: '累計 5月', persons: set(people('p', 43)) };
    const conflicts = differencingConflicts([may], [april], 10);
    expect(conflicts).toEqual([
      { group: '累計 5月', conflictsWith: { releaseId: 'r-2025-04', label: '累計 4月' } },
    ]);
    expect(JSON.stringify(conflicts)).not.toMatch(/\b3\b/);
  });
});
