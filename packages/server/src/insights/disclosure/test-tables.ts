import { expect } from 'vitest';
import { buildCountTable, type CountTableInput } from './count-table.ts';
import { attackerView, feasibleIntervals, priorIntervals } from './interval-auditor.ts';
import type { TableRelease } from './protect-table.ts';
import { isProtected, isPublishable } from './protection-rule.ts';

/** n distinct pseudonyms with a prefix: people('a', 3) → a0, a1, a2. */
export function people(prefix: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}${i}`);
}

/** A table of disjoint cells of the given sizes (each cell its own people). */
export function disjointTable(
  counts: readonly (readonly number[])[],
  options: { twoWay?: boolean; headcounts?: CountTableInput['headcounts'] } = {},
): CountTableInput {
  const twoWay = options.twoWay ?? counts[0]!.length > 1;
  return {
    rows: counts.map((_, r) => `r${r}`),
    ...(twoWay ? { columns: counts[0]!.map((_, c) => `c${c}`) } : {}),
    persons: counts.map((row, r) => row.map((n, c) => people(`p${r}.${c}.`, n))),
    ...(options.headcounts ? { headcounts: options.headcounts } : {}),
  };
}

/**
 * The released table published nothing unpublishable, and every hidden entry whose true
 * count is unpublishable is protected against the exact interval attacker.
 */
export function expectSafeRelease(input: CountTableInput, release: TableRelease, k: number): void {
  const table = buildCountTable(input);
  const published = [
    ...table.rows.flatMap((_, r) =>
      (table.columns ?? ['']).map((_, c) => ({
        i: table.cell(r, c),
        v: release.table.cells[r]![c]!,
      })),
    ),
    ...table.rows.map((_, r) => ({
      i: table.rowTotal(r),
      v: release.table.rowTotals?.[r] ?? null,
    })),
    ...(table.columns ?? []).map((_, c) => ({
      i: table.columnTotal(c),
      v: release.table.columnTotals?.[c] ?? null,
    })),
    { i: table.total, v: release.table.total },
  ];
  const hidden = new Set<number>();
  for (const { i, v } of published) {
    if (i === null) continue;
    if (v === null) {
      hidden.add(i);
      continue;
    }
    expect(v).toBe(table.entries[i]!.count);
    expect(isPublishable(table.entries[i]!, k)).toBe(true);
  }
  const sensitive = [...hidden].filter((i) => !isPublishable(table.entries[i]!, k));
  const intervals = feasibleIntervals(attackerView(table, hidden), sensitive);
  const prior = priorIntervals(table);
  for (const i of sensitive) {
    const top = prior.get(i)!.max;
    expect(isProtected(table.entries[i]!, intervals.get(i)!, k, top), `entry ${i}`).toBe(true);
  }
}
