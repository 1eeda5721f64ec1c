import { buildCountTable, type CountTable, type CountTableInput } from './count-table.ts';
import { differByTooFew } from './differencing.ts';
import { createMembershipIndex, type Overlap } from './membership-bits.ts';
import {
  attackerRanges,
  attackerView,
  unprotectedEntries,
  type EntryRanges,
} from './interval-auditor.ts';
import { isPublishable } from './protection-rule.ts';
import { proofsOf, type WideningProofs } from './widening-proofs.ts';

/** A published count, or null: hidden (不開示). It never says why, since "too small" would tell. */
export type PublishedCount = number | null;

export interface ProtectedTable {
  rows: readonly string[];
  columns: readonly string[] | null;
  cells: PublishedCount[][];
  rowTotals: PublishedCount[] | null;
  columnTotals: PublishedCount[] | null;
  total: PublishedCount;
}

/** A group of persons whose exact count a release discloses; what the release ledger keeps. */
export interface DisclosedGroup {
  label: string;
  persons: ReadonlySet<string>;
}

export interface TableRelease {
  /** What the audience receives. */
  table: ProtectedTable;
  /** Server-side only: every published group and every hidden one still derivable exactly. */
  disclosedGroups: DisclosedGroup[];
  /** Server-side only: labels (as in `disclosedGroups`) of the entries hidden. */
  hiddenLabels: string[];
  /**
   * Server-side only: the persons the table counts (its total) and their number when the
   * audience knows it (published or derivable), else null: what the release history keeps.
   */
  population: { persons: ReadonlySet<string>; count: number | null };
}

function membersOf(relation: { whole: number; parts: readonly number[] }): number[] {
  return [relation.whole, ...relation.parts];
}

/** The cheapest partner to hide: the smallest positive published count, zeros last. */
function cheapestPartner(table: CountTable, candidates: Iterable<number>): number | undefined {
  let best: number | undefined;
  const rank = (i: number) => {
    const count = table.entries[i]!.count;
    return count === 0 ? Number.MAX_SAFE_INTEGER : count;
  };
  for (const i of candidates) if (best === undefined || rank(i) < rank(best)) best = i;
  return best;
}

/**
 * Classic complementary-suppression heuristic, to a fixed point: a union relation with
 * exactly one hidden member would give it away (whole = Σ parts), so hide a second one.
 * Rows and columns chain, which completes the rectangles a two-way table needs.
 */
function hideLoneSuppressions(table: CountTable, hidden: Set<number>): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const relation of table.relations) {
      const members = membersOf(relation);
      if (members.filter((i) => hidden.has(i)).length !== 1) continue;
      const parts = relation.parts.filter((i) => !hidden.has(i) && table.entries[i]!.count > 0);
      const partner =
        cheapestPartner(table, parts) ??
        (hidden.has(relation.whole) ? undefined : relation.whole) ??
        cheapestPartner(
          table,
          members.filter((i) => !hidden.has(i)),
        );
      if (partner !== undefined) {
        hidden.add(partner);
        changed = true;
      }
    }
  }
}

/**
 * One more suppression near an entry the attacker can still narrow down: the cheapest
 * published entry fewest relations away. Skipped when a neighbour was already hidden this
 * round (the next audit decides whether that was enough).
 */
const relationsByEntry = new WeakMap<CountTable, number[][][]>();

/** The members of every relation an entry is in (listed once per table). */
function relationsOf(table: CountTable, entry: number): readonly (readonly number[])[] {
  let byEntry = relationsByEntry.get(table);
  if (!byEntry) {
    byEntry = table.entries.map((): number[][] => []);
    for (const relation of table.relations) {
      const members = membersOf(relation);
      for (const m of new Set(members)) byEntry[m]!.push(members);
    }
    relationsByEntry.set(table, byEntry);
  }
  return byEntry[entry]!;
}

/** Whether an entry shares a relation with one hidden this round. */
function besideHiddenThisRound(
  table: CountTable,
  hiddenThisRound: ReadonlySet<number>,
  entry: number,
): boolean {
  return relationsOf(table, entry).some((members) => members.some((m) => hiddenThisRound.has(m)));
}

function widenAround(
  table: CountTable,
  hidden: Set<number>,
  hiddenThisRound: Set<number>,
  entry: number,
): boolean {
  if (besideHiddenThisRound(table, hiddenThisRound, entry)) return true;
  const seen = new Set([entry]);
  let frontier = [entry];
  while (frontier.length > 0) {
    const next: number[] = [];
    const published: number[] = [];
    for (const e of frontier) {
      for (const m of relationsOf(table, e).flat()) {
        if (seen.has(m)) continue;
        seen.add(m);
        (hidden.has(m) ? next : published).push(m);
      }
    }
    const partner = cheapestPartner(table, published);
    if (partner !== undefined) {
      hidden.add(partner);
      hiddenThisRound.add(partner);
      return true;
    }
    frontier = next;
  }
  return false;
}

/** Entries whose exact count the audience has: the published ones and any still derivable. */
function disclosedEntries(
  table: CountTable,
  hidden: ReadonlySet<number>,
  attacker: EntryRanges,
  notDerivable: WideningProofs,
): number[] {
  const pattern = new Set(hidden);
  const unproven = [...hidden].filter((i) => !notDerivable.holds(i, pattern));
  // Two different values seen in solutions already show an entry is not derivable; the
  // solution where hidden entries are together largest shows that of most at once.
  attacker.explore(unproven);
  const derivable = (entry: number) => {
    const range = attacker.range(entry, (_, seen) => seen.min < seen.max);
    if (range.min === range.max) return true;
    notDerivable.record(entry, pattern);
    return false;
  };
  return table.entries.flatMap((_, i) =>
    !hidden.has(i) || (!notDerivable.holds(i, pattern) && derivable(i)) ? [i] : [],
  );
}

/**
 * Resolves pairs of disclosed entries that differ by 1..k−1 persons. With overlapping
 * cells a published cell can be nearly its own row total, which no interval of a hidden
 * cell shows; the pair would tell the count of the few in between. Hides the smaller
 * published member of each pair (or widens around a derivable one); false if it cannot.
 */
function separateCloseGroups(
  table: CountTable,
  hidden: Set<number>,
  disclosed: readonly number[],
  k: number,
  overlap: Overlap,
): boolean | 'none' {
  const hiddenThisRound = new Set<number>();
  let conflicts = 0;
  for (const a of disclosed) {
    for (const b of disclosed) {
      if (b <= a || hiddenThisRound.has(a) || hiddenThisRound.has(b)) continue;
      const [ea, eb] = [table.entries[a]!, table.entries[b]!];
      if (!differByTooFew(ea.persons, eb.persons, k, overlap)) continue;
      conflicts++;
      const candidates = [a, b].filter((i) => !hidden.has(i));
      const smaller = cheapestPartner(table, candidates);
      if (smaller !== undefined) {
        hidden.add(smaller);
        hiddenThisRound.add(smaller);
      } else {
        widenAround(table, hidden, hiddenThisRound, ea.count <= eb.count ? a : b);
      }
    }
  }
  if (conflicts === 0) return 'none';
  return hiddenThisRound.size > 0;
}

/**
 * Primary suppression, the heuristic, then the attacker: while it can narrow a hidden
 * sensitive entry below the protection level, hide one more neighbour and try again; and
 * while two disclosed entries differ by 1..k−1 persons, hide one of them. Each round hides
 * at least one entry, so this ends; at worst with everything hidden, which publishes
 * nothing and leaves the audience with what the headcounts told it before.
 */
export function chooseSuppressions(
  table: CountTable,
  k: number,
  alsoHide: (entry: number) => boolean = () => false,
  overlap: Overlap = createMembershipIndex(),
): { hidden: Set<number>; disclosed: number[] } {
  // Rounds (and ledger rounds, protecting the same table again) only hide more.
  const proofs = proofsOf(table, k);
  const hidden = new Set<number>();
  table.entries.forEach((entry, i) => {
    if (!isPublishable(entry, k) || alsoHide(i)) hidden.add(i);
  });
  const everything = () => {
    table.entries.forEach((_, i) => hidden.add(i));
    return { hidden, disclosed: [] };
  };
  for (;;) {
    if (hidden.size === table.entries.length) return everything();
    hideLoneSuppressions(table, hidden);
    // Both audits of this pattern ask the same attacker, sharing its solutions.
    const attacker = attackerRanges(attackerView(table, hidden));
    // An entry beside one just hidden is judged again next round, not solved for now.
    const hiddenThisRound = new Set<number>();
    let failed = false;
    for (const { entry } of unprotectedEntries(table, hidden, k, {
      ranges: attacker,
      skip: (e) => besideHiddenThisRound(table, hiddenThisRound, e),
      proven: proofs.protectedEntries,
    })) {
      failed = true;
      widenAround(table, hidden, hiddenThisRound, entry);
    }
    if (failed) {
      if (hiddenThisRound.size === 0) return everything();
      continue;
    }
    const disclosed = disclosedEntries(table, hidden, attacker, proofs.notDerivable);
    const separated = separateCloseGroups(table, hidden, disclosed, k, overlap);
    if (separated === 'none') return { hidden, disclosed };
    if (!separated) return everything();
  }
}

function entryLabel(table: CountTable, i: number): string {
  const e = table.entries[i]!;
  const row = e.row === null ? '*' : table.rows[e.row]!;
  const column = e.column === null ? '*' : table.columns![e.column]!;
  return table.columns === null ? row : `${row} × ${column}`;
}

const builtTables = new WeakMap<CountTableInput, CountTable>();
/** One table per input, so a table protected again (ledger rounds) reuses its prior ranges. */
function countTableOf(input: CountTableInput): CountTable {
  let table = builtTables.get(input);
  if (!table) builtTables.set(input, (table = buildCountTable(input)));
  return table;
}

/** Every entry of the table as a group, hidden or not, labelled as in `disclosedGroups`. */
export function tableGroups(input: CountTableInput, label?: string): DisclosedGroup[] {
  const table = countTableOf(input);
  const prefix = label === undefined ? '' : `${label}: `;
  return table.entries.map((entry, i) => ({
    label: prefix + entryLabel(table, i),
    persons: entry.persons,
  }));
}

/**
 * Applies disclosure control to one table for one audience with minimum group size k
 * (resolve it with resolveMinimumGroupSize). The caller must still submit
 * `disclosedGroups` to the release ledger before showing the table; `label` names the
 * table in the ledger's refusal reasons (e.g. "相談テーマ別 2025年度").
 */
export function protectTable(
  input: CountTableInput,
  k: number,
  options: {
    label?: string;
    /**
     * Labels (as in `disclosedGroups`) of entries to hide although publishable: those the
     * release ledger found too close to what the audience was shown before.
     * Complementary suppression then protects them like any other hidden entry.
     */
    alsoHide?: ReadonlySet<string>;
    /** Shared by the rounds of one release, so each group's members are indexed once. */
    overlap?: Overlap;
  } = {},
): TableRelease {
  const table = countTableOf(input);
  const prefix = options.label === undefined ? '' : `${options.label}: `;
  const alsoHide = options.alsoHide;
  const { hidden, disclosed } = chooseSuppressions(
    table,
    k,
    alsoHide && ((i) => alsoHide.has(prefix + entryLabel(table, i))),
    options.overlap,
  );
  const shown = (i: number | null): PublishedCount =>
    i === null || hidden.has(i) ? null : table.entries[i]!.count;
  const disclosedGroups = disclosed.map((i) => ({
    label: prefix + entryLabel(table, i),
    persons: table.entries[i]!.persons,
  }));

  const columnCount = table.columns?.length ?? 1;
  return {
    table: {
      rows: table.rows,
      columns: table.columns,
      cells: table.rows.map((_, r) =>
        Array.from({ length: columnCount }, (_, c) => shown(table.cell(r, c))),
      ),
      rowTotals: table.columns === null ? null : table.rows.map((_, r) => shown(table.rowTotal(r))),
      columnTotals:
        table.columns === null ? null : table.columns.map((_, c) => shown(table.columnTotal(c))),
      total: shown(table.total),
    },
    disclosedGroups,
    hiddenLabels: [...hidden].map((i) => prefix + entryLabel(table, i)),
    population: {
      persons: table.entries[table.total]!.persons,
      count: disclosed.includes(table.total) ? table.entries[table.total]!.count : null,
    },
  };
}
