import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protectTable, type ProtectedTable } from './protect-table.ts';
import { isProtected, isPublishable, type Interval } from './protection-rule.ts';
import { disjointTable } from './test-tables.ts';

/**
 * A second attacker, sharing no code with the engine's: on small tables where every person
 * is in exactly one cell, it tries every integer table (within a bound) and keeps those
 * that reproduce everything published and respect the headcounts. The range of each hidden
 * entry over the survivors is what an attacker can prove, integrality included.
 */
interface Entry {
  cells: [number, number][];
  published: number | null;
  headcounts: number[];
  truth: number;
}

function entriesOf(counts: number[][], release: ProtectedTable, heads: Heads): Entry[] {
  const rows = counts.length;
  const cols = counts[0]!.length;
  const all: [number, number][] = counts.flatMap((row, r) =>
    row.map((_, c) => [r, c] as [number, number]),
  );
  const sum = (cells: [number, number][]) => cells.reduce((s, [r, c]) => s + counts[r]![c]!, 0);
  const h = (...values: (number | null | undefined)[]) =>
    values.filter((v): v is number => typeof v === 'number');
  const entries: Entry[] = all.map(([r, c]) => ({
    cells: [[r, c]],
    published: release.cells[r]![c]!,
    headcounts: h(heads.rows[r], release.columns ? heads.columns[c] : null, heads.total),
    truth: counts[r]![c]!,
  }));
  if (release.columns) {
    for (let r = 0; r < rows; r++) {
      const cells = all.filter(([rr]) => rr === r);
      entries.push({
        cells,
        published: release.rowTotals![r]!,
        headcounts: h(heads.rows[r], heads.total),
        truth: sum(cells),
      });
    }
    for (let c = 0; c < cols; c++) {
      const cells = all.filter(([, cc]) => cc === c);
      entries.push({
        cells,
        published: release.columnTotals![c]!,
        headcounts: h(heads.columns[c], heads.total),
        truth: sum(cells),
      });
    }
  }
  entries.push({
    cells: all,
    published: release.total,
    headcounts: h(heads.total),
    truth: sum(all),
  });
  return entries;
}

/** Ranges of every entry over all integer tables consistent with `known` (null: unknown). */
function provableRanges(
  entries: Entry[],
  shape: [number, number],
  bound: number,
  known: (e: Entry) => number | null,
): Interval[] {
  const [rows, cols] = shape;
  const order: [number, number][] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) order.push([r, c]);
  const position = (r: number, c: number) => r * cols + c;
  // Check each entry as soon as its last cell has a value.
  const checksAt = order.map(() => [] as Entry[]);
  for (const e of entries) checksAt[Math.max(...e.cells.map(([r, c]) => position(r, c)))]!.push(e);
  const ranges = entries.map(() => ({ min: Infinity, max: -Infinity }));
  const values = order.map(() => 0);
  const valueOf = (e: Entry) => e.cells.reduce((s, [r, c]) => s + values[position(r, c)]!, 0);
  const visit = (i: number) => {
    if (i === order.length) {
      entries.forEach((e, j) => {
        const v = valueOf(e);
        ranges[j]!.min = Math.min(ranges[j]!.min, v);
        ranges[j]!.max = Math.max(ranges[j]!.max, v);
      });
      return;
    }
    for (let v = 0; v <= bound; v++) {
      values[i] = v;
      const ok = checksAt[i]!.every((e) => {
        const value = valueOf(e);
        const k = known(e);
        return (k === null || value === k) && e.headcounts.every((n) => value <= n);
      });
      if (ok) visit(i + 1);
    }
  };
  visit(0);
  return ranges;
}

interface Heads {
  rows: (number | null)[];
  columns: (number | null)[];
  total: number | null;
}

const smallTable = fc
  .record({
    rows: fc.integer({ min: 1, max: 3 }),
    twoWay: fc.boolean(),
    k: fc.integer({ min: 5, max: 8 }),
  })
  .chain(({ rows, twoWay, k }) => {
    const r = twoWay ? Math.min(rows, 2) : rows;
    const cols = twoWay ? 2 : 1;
    const extra = fc.option(fc.integer({ min: 0, max: 8 }), { nil: null });
    return fc.record({
      k: fc.constant(k),
      twoWay: fc.constant(twoWay),
      counts: fc.array(
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: cols, maxLength: cols }),
        {
          minLength: r,
          maxLength: r,
        },
      ),
      rowExtra: fc.array(extra, { minLength: r, maxLength: r }),
      columnExtra: fc.array(extra, { minLength: cols, maxLength: cols }),
      totalExtra: extra,
    });
  });

describe('protectTable against an exhaustive integer attacker (property)', () => {
  it('leaves every unpublishable hidden count as uncertain as the rule demands', () => {
    fc.assert(
      fc.property(smallTable, ({ k, twoWay, counts, rowExtra, columnExtra, totalExtra }) => {
        const rowSums = counts.map((row) => row.reduce((a, b) => a + b, 0));
        const columnSums = counts[0]!.map((_, c) => counts.reduce((s, row) => s + row[c]!, 0));
        const grand = rowSums.reduce((a, b) => a + b, 0);
        const heads: Heads = {
          rows: rowExtra.map((e, r) => (e === null ? null : rowSums[r]! + e)),
          columns: twoWay
            ? columnExtra.map((e, c) => (e === null ? null : columnSums[c]! + e))
            : [],
          total: totalExtra === null ? null : grand + totalExtra,
        };
        const input = disjointTable(counts, { twoWay, headcounts: heads });
        const release = protectTable(input, k).table;
        const entries = entriesOf(counts, release, heads);
        // Enumeration stops at grand + k: enough to see a range reach k or a headcount.
        const bound = Math.min(grand + k, heads.total ?? Infinity);
        const truncated = (v: number) => (v >= bound && bound === grand + k ? Infinity : v);
        const shape: [number, number] = [counts.length, counts[0]!.length];
        const posterior = provableRanges(entries, shape, bound, (e) => e.published);
        const prior = provableRanges(entries, shape, bound, () => null);
        entries.forEach((e, j) => {
          const facts = { count: e.truth, headcounts: e.headcounts };
          if (e.published !== null) {
            expect(e.published).toBe(e.truth);
            expect(isPublishable(facts, k)).toBe(true);
          } else if (!isPublishable(facts, k)) {
            const top = truncated(prior[j]!.max);
            const seen = { min: posterior[j]!.min, max: truncated(posterior[j]!.max) };
            expect(isProtected(facts, seen, k, top), JSON.stringify({ j, seen, top })).toBe(true);
          }
        });
      }),
      { numRuns: 120 },
    );
  });
});

describe('the exhaustive attacker itself', () => {
  it('recovers a small cell hidden alone next to a published total', () => {
    const counts = [[50], [3], [30]];
    const naive: ProtectedTable = {
      rows: ['a', 'b', 'c'],
      columns: null,
      cells: [[50], [null], [30]],
      rowTotals: null,
      columnTotals: null,
      total: 83,
    };
    const entries = entriesOf(counts, naive, {
      rows: [null, null, null],
      columns: [],
      total: null,
    });
    const ranges = provableRanges(entries, [3, 1], 100, (e) => e.published);
    expect(ranges[1]).toEqual({ min: 3, max: 3 });
  });
});
