import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCountTable, type CountTableInput } from './count-table.ts';
import { differencingConflicts } from './differencing.ts';
import { priorIntervals, priorMaximum } from './interval-auditor.ts';
import { MembershipIndex } from './membership-bits.ts';
import { protectTable } from './protect-table.ts';
import { expectSafeRelease } from './test-tables.ts';

/**
 * Random tables over a random population: 1–6 rows, one-way or 1–6 columns, each person
 * counted in one cell or (multi-valued dimensions) in up to three, with optional known
 * headcounts that are sometimes exactly the counted people (so complements hit 0..k).
 */
const randomTable = fc
  .record({
    rows: fc.integer({ min: 1, max: 6 }),
    columns: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
    k: fc.integer({ min: 5, max: 15 }),
    overlap: fc.boolean(),
    populationSize: fc.integer({ min: 0, max: 150 }),
  })
  .chain(({ rows, columns, k, overlap, populationSize }) => {
    const cols = columns ?? 1;
    const cell = fc.tuple(fc.nat(rows - 1), fc.nat(cols - 1));
    const person = overlap ? fc.array(cell, { minLength: 1, maxLength: 3 }) : cell.map((c) => [c]);
    const extra = fc.option(fc.integer({ min: 0, max: 20 }), { nil: null });
    return fc.record({
      k: fc.constant(k),
      rows: fc.constant(rows),
      columns: fc.constant(columns),
      population: fc.array(person, { minLength: populationSize, maxLength: populationSize }),
      rowExtra: fc.array(extra, { minLength: rows, maxLength: rows }),
      columnExtra: fc.array(extra, { minLength: cols, maxLength: cols }),
      totalExtra: extra,
    });
  })
  .map(({ k, rows, columns, population, rowExtra, columnExtra, totalExtra }) => {
    const cols = columns ?? 1;
    const persons: string[][][] = Array.from({ length: rows }, () =>
      Array.from({ length: cols }, () => [] as string[]),
    );
    const rowPeople = Array.from({ length: rows }, () => new Set<string>());
    const columnPeople = Array.from({ length: cols }, () => new Set<string>());
    population.forEach((cells, id) => {
      for (const [r, c] of new Map(
        cells.map(([r, c]) => [`${r}/${c}`, [r, c] as const]),
      ).values()) {
        persons[r]![c]!.push(`person-${id}`);
        rowPeople[r]!.add(`person-${id}`);
        columnPeople[c]!.add(`person-${id}`);
      }
    });
    const counted = population.length;
    const input: CountTableInput = {
      rows: Array.from({ length: rows }, (_, r) => `row${r}`),
      ...(columns === undefined
        ? {}
        : { columns: Array.from({ length: cols }, (_, c) => `col${c}`) }),
      persons,
      headcounts: {
        rows: rowExtra.map((e, r) => (e === null ? null : rowPeople[r]!.size + e)),
        ...(columns === undefined
          ? {}
          : {
              columns: columnExtra.map((e, c) => (e === null ? null : columnPeople[c]!.size + e)),
            }),
        total: totalExtra === null ? null : counted + totalExtra,
      },
    };
    return { input, k };
  });

describe('protectTable against the interval attacker (property)', () => {
  it('never publishes a count in 1..k−1 (or a complement in 1..k−1), and every hidden one stays protected', () => {
    fc.assert(
      fc.property(randomTable, ({ input, k }) => {
        const release = protectTable(input, k);
        expectSafeRelease(input, release, k);
        expect(differencingConflicts(release.disclosedGroups, [], k)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('protectTable on persons numbered in a membership index (property)', () => {
  it('releases the same table and the same groups as on plain sets, cells listing persons twice', () => {
    fc.assert(
      fc.property(randomTable, ({ input, k }) => {
        const plain = protectTable(input, k);
        const numbering = new MembershipIndex();
        // As the database may list them: repeats, and persons numbered by other tables first.
        numbering.groupOf(['someone-else', 'person-3']);
        const listed = input.persons.map((row) =>
          row.map((cell) => [...cell, ...cell.slice(0, 2)]),
        );
        const numbered = protectTable({ ...input, persons: listed, numbering }, k, {
          overlap: numbering.overlap,
        });
        expect(numbered.table).toEqual(plain.table);
        expect(numbered.hiddenLabels).toEqual(plain.hiddenLabels);
        expect(numbered.disclosedGroups.map((g) => [g.label, new Set(g.persons)])).toEqual(
          plain.disclosedGroups.map((g) => [g.label, g.persons]),
        );
      }),
      { numRuns: 100 },
    );
  });
});

describe('priorMaximum (property)', () => {
  it('equals the exact maximum the attacker can prove from headcounts and structure alone', () => {
    fc.assert(
      fc.property(randomTable, ({ input }) => {
        const table = buildCountTable(input);
        const everyEntry = table.entries.map((_, i) => i);
        const exact = priorIntervals(table);
        const fast = priorMaximum(table, everyEntry);
        for (const i of everyEntry) expect(fast.get(i), `entry ${i}`).toBe(exact.get(i)!.max);
      }),
      { numRuns: 150 },
    );
  });
});
