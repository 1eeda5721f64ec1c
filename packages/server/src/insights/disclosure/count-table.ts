import { aprioriMaximum, type GroupFacts } from './protection-rule.ts';
import type { MembershipIndex } from './membership-bits.ts';

/**
 * What a statistics query hands to disclosure control: a one-way (rows only) or two-way
 * (rows × columns) table whose every cell carries the SET of distinct person pseudonyms
 * counted in it. Totals are derived here from the same sets, as distinct persons of the
 * union, so a person in several cells (several topics, several months) counts once.
 */
export interface CountTableInput {
  rows: readonly string[];
  /** Omit for a one-way table. */
  columns?: readonly string[];
  /**
   * persons[row][column]; a one-way table has exactly one column index, 0. A person listed
   * twice in a cell counts once.
   */
  persons: readonly (readonly (readonly string[])[])[];
  /**
   * Sizes the audience already knows (enrolment of a department, of the organisation).
   * A row headcount applies to the row's cells and total, a column headcount likewise,
   * the total headcount to every entry.
   */
  headcounts?: {
    rows?: readonly (number | null)[];
    columns?: readonly (number | null)[];
    total?: number | null;
  };
  /**
   * Where to number the persons: every entry is then a bit set over this index (totals
   * or-ed from cells), which is how the release ledger compares and remembers groups.
   * Without it entries are plain sets.
   */
  numbering?: MembershipIndex;
}

export type EntryKind = 'cell' | 'rowTotal' | 'columnTotal' | 'total';

export interface TableEntry extends GroupFacts {
  kind: EntryKind;
  row: number | null;
  column: number | null;
  persons: ReadonlySet<string>;
}

/**
 * whole = ∪ parts. When the parts are pairwise disjoint this is the additive relation
 * whole = Σ parts; otherwise only part ≤ whole ≤ Σ parts holds, and `partsSum` keeps the
 * true Σ parts for the attacker model (see interval-auditor.ts).
 */
export interface UnionRelation {
  whole: number;
  parts: readonly number[];
  disjoint: boolean;
  partsSum: number;
}

export interface CountTable {
  rows: readonly string[];
  columns: readonly string[] | null;
  entries: readonly TableEntry[];
  relations: readonly UnionRelation[];
  cell(row: number, column: number): number;
  rowTotal(row: number): number | null;
  columnTotal(column: number): number | null;
  total: number;
}

export class InvalidCountTableError extends Error {
  override name = 'InvalidCountTableError';
}

function union(sets: readonly ReadonlySet<string>[]): Set<string> {
  const all = new Set<string>();
  for (const set of sets) for (const person of set) all.add(person);
  return all;
}

/** Makes entries' member sets: bit sets when the input names an index, else plain sets. */
function groupMaker(numbering: MembershipIndex | undefined) {
  if (numbering === undefined) {
    return { cell: (persons: readonly string[]) => new Set(persons), union };
  }
  return {
    cell: (persons: readonly string[]) => numbering.groupOf(persons),
    union: (sets: readonly ReadonlySet<string>[]) => numbering.unionOf(sets),
  };
}

function knownHeadcount(value: number | null | undefined, what: string): number[] {
  if (value === null || value === undefined) return [];
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new InvalidCountTableError(`${what}: a headcount must be a whole number ≥ 0`);
  }
  return [value];
}

export function buildCountTable(input: CountTableInput): CountTable {
  const rowCount = input.rows.length;
  const twoWay = input.columns !== undefined;
  const columnCount = twoWay ? input.columns!.length : 1;
  if (rowCount === 0 || columnCount === 0) {
    throw new InvalidCountTableError('a table needs at least one row and one column');
  }
  if (
    input.persons.length !== rowCount ||
    input.persons.some((row) => row.length !== columnCount)
  ) {
    throw new InvalidCountTableError('persons must have one set per row and column');
  }
  const totalHeadcount = knownHeadcount(input.headcounts?.total, 'total');
  const rowHeadcounts = input.rows.map((_, r) =>
    knownHeadcount(input.headcounts?.rows?.[r], `row ${r}`),
  );
  const columnHeadcounts = Array.from({ length: columnCount }, (_, c) =>
    twoWay ? knownHeadcount(input.headcounts?.columns?.[c], `column ${c}`) : [],
  );

  const groups = groupMaker(input.numbering);
  const entries: TableEntry[] = [];
  const add = (entry: Omit<TableEntry, 'count'>) => {
    if (entry.persons.size > aprioriMaximum(entry.headcounts)) {
      throw new InvalidCountTableError(
        'a known headcount is smaller than the persons counted in it',
      );
    }
    entries.push({ ...entry, count: entry.persons.size });
    return entries.length - 1;
  };

  const cellIndex: number[][] = [];
  for (let r = 0; r < rowCount; r++) {
    cellIndex.push([]);
    for (let c = 0; c < columnCount; c++) {
      cellIndex[r]!.push(
        add({
          kind: 'cell',
          row: r,
          column: twoWay ? c : null,
          persons: groups.cell(input.persons[r]![c]!),
          headcounts: [...rowHeadcounts[r]!, ...columnHeadcounts[c]!, ...totalHeadcount],
        }),
      );
    }
  }
  const personsOf = (indices: readonly number[]) => indices.map((i) => entries[i]!.persons);
  const relations: UnionRelation[] = [];
  const relate = (whole: number, parts: readonly number[]) => {
    const sets = personsOf(parts);
    const partsSum = sets.reduce((sum, s) => sum + s.size, 0);
    relations.push({ whole, parts, disjoint: partsSum === entries[whole]!.count, partsSum });
  };

  const allCells = cellIndex.flat();
  if (!twoWay) {
    const total = add({
      kind: 'total',
      row: null,
      column: null,
      persons: groups.union(personsOf(allCells)),
      headcounts: totalHeadcount,
    });
    relate(total, allCells);
    return {
      rows: input.rows,
      columns: null,
      entries,
      relations,
      cell: (r) => cellIndex[r]![0]!,
      rowTotal: () => null,
      columnTotal: () => null,
      total,
    };
  }

  const rowTotals = cellIndex.map((cells, r) =>
    add({
      kind: 'rowTotal',
      row: r,
      column: null,
      persons: groups.union(personsOf(cells)),
      headcounts: [...rowHeadcounts[r]!, ...totalHeadcount],
    }),
  );
  const columnTotals = Array.from({ length: columnCount }, (_, c) =>
    add({
      kind: 'columnTotal',
      row: null,
      column: c,
      persons: groups.union(personsOf(cellIndex.map((cells) => cells[c]!))),
      headcounts: [...columnHeadcounts[c]!, ...totalHeadcount],
    }),
  );
  const total = add({
    kind: 'total',
    row: null,
    column: null,
    persons: groups.union(personsOf(allCells)),
    headcounts: totalHeadcount,
  });
  cellIndex.forEach((cells, r) => relate(rowTotals[r]!, cells));
  columnTotals.forEach((col, c) =>
    relate(
      col,
      cellIndex.map((cells) => cells[c]!),
    ),
  );
  relate(total, rowTotals);
  relate(total, columnTotals);
  // Redundant when everything is disjoint; with overlaps it adds what Σ of all cells tells.
  relate(total, allCells);
  return {
    rows: input.rows,
    columns: input.columns!,
    entries,
    relations,
    cell: (r, c) => cellIndex[r]![c]!,
    rowTotal: (r) => rowTotals[r]!,
    columnTotal: (c) => columnTotals[c]!,
    total,
  };
}
