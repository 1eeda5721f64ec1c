import { describe, expect, it } from 'vitest';
import type { CountTableInput } from './count-table.ts';
import { protectTable } from './protect-table.ts';
import { disjointTable, expectSafeRelease, people } from './test-tables.ts';

const k = 10;

describe('protectTable: one-way tables', () => {
  it.each([
    { name: 'all large', counts: [20, 15, 30], cells: [20, 15, 30], total: 65 },
    { name: 'a zero is shown', counts: [0, 25, 30], cells: [0, 25, 30], total: 55 },
    {
      name: 'small cell and the next-smallest',
      counts: [50, 3, 12, 30],
      cells: [50, null, null, 30],
      total: 95,
    },
    { name: 'two cells, one small', counts: [50, 3], cells: [null, null], total: 53 },
    {
      name: 'two small cells that sum over k',
      counts: [40, 4, 7],
      cells: [40, null, null],
      total: 51,
    },
    {
      name: 'small cells summing under k take a large one with them',
      counts: [40, 2, 3, 25],
      cells: [40, null, null, null],
      total: 70,
    },
    { name: 'everything small', counts: [2, 3], cells: [null, null], total: null },
  ])('$name', ({ counts, cells, total }) => {
    const input = disjointTable(counts.map((n) => [n]));
    const release = protectTable(input, k);
    expect(release.table.cells.map((row) => row[0])).toEqual(cells);
    expect(release.table.total).toBe(total);
    expect(release.table.rowTotals).toBeNull();
    expectSafeRelease(input, release, k);
  });

  it('applies the complement rule to known department headcounts', () => {
    // dept 0: 27 of 30 consulted (3 did not); dept 1: nobody of 6 people; dept 2: 12 of 40
    const input = disjointTable([[27], [0], [12]], { headcounts: { rows: [30, 6, 40] } });
    const release = protectTable(input, k);
    expect(release.table.cells[0]![0]).toBeNull();
    expect(release.table.cells[1]![0]).toBeNull();
    expectSafeRelease(input, release, k);
  });

  it('shows a count equal to the whole known population (N − count = 0)', () => {
    const input = disjointTable([[30], [25]], { headcounts: { rows: [30, 40] } });
    const release = protectTable(input, k);
    expect(release.table.cells.map((r) => r[0])).toEqual([30, 25]);
  });

  it('respects a larger k', () => {
    const input = disjointTable([[40], [12], [30]]);
    expect(protectTable(input, 15).table.cells.map((r) => r[0])).toEqual([40, null, null]);
  });
});

describe('protectTable: two-way tables', () => {
  it('completes a rectangle around one small cell', () => {
    const input = disjointTable([
      [20, 3, 25],
      [30, 40, 15],
      [22, 18, 35],
    ]);
    const release = protectTable(input, k);
    expect(release.table.cells).toEqual([
      [null, null, 25],
      [30, 40, 15],
      [null, null, 35],
    ]);
    expect(release.table.rowTotals).toEqual([48, 85, 75]);
    expect(release.table.columnTotals).toEqual([72, 61, 75]);
    expect(release.table.total).toBe(208);
    expectSafeRelease(input, release, k);
  });

  it('protects a small cell when it is the only one in its row and column', () => {
    const input = disjointTable([
      [30, 40],
      [25, 4],
    ]);
    const release = protectTable(input, k);
    expect(release.table.cells[1]![1]).toBeNull();
    expectSafeRelease(input, release, k);
  });

  it('hides a small total along with what would give it away', () => {
    const input = disjointTable([
      [30, 40, 20],
      [2, 3, 0],
      [25, 30, 35],
    ]);
    const release = protectTable(input, k);
    expect(release.table.rowTotals?.[1]).toBeNull();
    expectSafeRelease(input, release, k);
  });

  it('stays safe when a person is counted in several cells (multi-valued topics)', () => {
    // topics × months: p0..p29 ask about 育児 in April and May; 4 also about 介護 in May
    const childcare = people('p', 30);
    const input: CountTableInput = {
      rows: ['育児', '介護', 'キャリア'],
      columns: ['2025-04', '2025-05'],
      persons: [
        [childcare, childcare],
        [[], childcare.slice(0, 4)],
        [people('q', 20), people('q', 25)],
      ],
    };
    const release = protectTable(input, k);
    expect(release.table.cells[1]![1]).toBeNull();
    expect(release.table.rowTotals?.[1]).toBeNull();
    expectSafeRelease(input, release, k);
  });

  it('lists every published group for the ledger, and no hidden small one', () => {
    const input = disjointTable([[50], [3], [12], [30]]);
    const release = protectTable(input, k);
    const labels = release.disclosedGroups.map((g) => g.label);
    expect(labels).toEqual(['r0', 'r3', '*']);
    const named = protectTable(input, k, { label: '相談テーマ別' }).disclosedGroups;
    expect(named.map((g) => g.label)).toEqual([
      '相談テーマ別: r0',
      '相談テーマ別: r3',
      '相談テーマ別: *',
    ]);
    expect(release.disclosedGroups.every((g) => g.persons.size === 0 || g.persons.size >= k)).toBe(
      true,
    );
  });
});

describe('protectTable: groups the ledger asks to hide', () => {
  it('hides them although publishable, and protects them like small cells', () => {
    const input = disjointTable([
      [40, 25],
      [30, 35],
    ]);
    const release = protectTable(input, k, { label: 't', alsoHide: new Set(['t: r0 × c0']) });
    expect(release.table.cells[0]![0]).toBeNull();
    // One hidden cell alone would follow from its row total: a rectangle is hidden.
    expect(release.table.cells.flat().filter((v) => v === null)).toHaveLength(4);
    expect(release.disclosedGroups.map((g) => g.label)).not.toContain('t: r0 × c0');
    expectSafeRelease(input, release, k);
  });
});

describe('protectTable: bad input', () => {
  it('refuses a headcount smaller than the people counted in it', () => {
    expect(() => protectTable(disjointTable([[12]], { headcounts: { rows: [10] } }), k)).toThrow(
      /headcount/,
    );
  });

  it('refuses persons that do not match the rows and columns', () => {
    expect(() => protectTable({ rows: ['a', 'b'], persons: [[[]]] }, k)).toThrow(/one set per row/);
  });
});
