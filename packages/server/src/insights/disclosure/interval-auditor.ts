import type { CountTable } from './count-table.ts';
import { variableRanges, type LinearConstraint } from './exact-simplex.ts';
import { aprioriMaximum, isProtected, isPublishable, type Interval } from './protection-rule.ts';

/**
 * The attacker, written independently of the suppressor: it sees only what a recipient
 * sees (published counts, which entries are hidden, the known headcounts, the table's
 * structure) and computes, for each hidden entry, the exact range of values consistent
 * with all of it.
 */
export interface AttackerView {
  entries: readonly {
    /** null when hidden. */
    value: number | null;
    /** Smallest known headcount containing the entry; Infinity when none. */
    cap: number;
  }[];
  relations: readonly {
    whole: number;
    parts: readonly number[];
    disjoint: boolean;
    /**
     * Σ parts when the parts overlap and the whole is published. We cannot prove how much
     * an attacker learns about the overlap (another release may publish "persons with two
     * topics"), so we assume the worst: that they know this sum exactly.
     */
    knownPartsSum: number | null;
  }[];
}

/** What a recipient can see of a table with the given entries hidden. */
export function attackerView(table: CountTable, hidden: ReadonlySet<number>): AttackerView {
  return {
    entries: table.entries.map((entry, i) => ({
      value: hidden.has(i) ? null : entry.count,
      cap: aprioriMaximum(entry.headcounts),
    })),
    relations: table.relations.map((relation) => ({
      whole: relation.whole,
      parts: relation.parts,
      disjoint: relation.disjoint,
      knownPartsSum: !relation.disjoint && !hidden.has(relation.whole) ? relation.partsSum : null,
    })),
  };
}

type Term = readonly [entry: number, coefficient: number];

/** Linear facts the attacker holds, over entries (published entries become constants). */
function attackerConstraints(
  view: AttackerView,
): { terms: Term[]; relation: '<=' | '='; rhs: number }[] {
  const facts: { terms: Term[]; relation: '<=' | '='; rhs: number }[] = [];
  for (const r of view.relations) {
    const sumOfParts: Term[] = r.parts.map((p) => [p, 1] as const);
    if (r.disjoint) {
      facts.push({
        terms: [[r.whole, 1], ...r.parts.map((p) => [p, -1] as const)],
        relation: '=',
        rhs: 0,
      });
      continue;
    }
    for (const p of r.parts)
      facts.push({
        terms: [
          [p, 1],
          [r.whole, -1],
        ],
        relation: '<=',
        rhs: 0,
      });
    facts.push({
      terms: [[r.whole, 1], ...r.parts.map((p) => [p, -1] as const)],
      relation: '<=',
      rhs: 0,
    });
    if (r.knownPartsSum !== null)
      facts.push({ terms: sumOfParts, relation: '=', rhs: r.knownPartsSum });
  }
  view.entries.forEach((entry, i) => {
    if (Number.isFinite(entry.cap)) facts.push({ terms: [[i, 1]], relation: '<=', rhs: entry.cap });
  });
  return facts;
}

/**
 * For each asked hidden entry, the range [min, max] of integers it can take in some table
 * that agrees with everything published (min/max of an exact LP, rounded inwards).
 */
export function feasibleIntervals(
  view: AttackerView,
  asked: readonly number[],
  /**
   * Skips exact solving once a range seen in solutions answers the caller's question
   * (see variableRanges); the interval returned is then that inner one.
   */
  settled?: (entry: number, seen: Interval) => boolean,
): Map<number, Interval> {
  const variableOf = new Map<number, number>();
  view.entries.forEach((entry, i) => {
    if (entry.value === null) variableOf.set(i, variableOf.size);
  });
  const constraints: LinearConstraint[] = [];
  for (const fact of attackerConstraints(view)) {
    let rhs = fact.rhs;
    const terms: [number, number][] = [];
    for (const [entry, coefficient] of fact.terms) {
      const published = view.entries[entry]!.value;
      if (published === null) terms.push([variableOf.get(entry)!, coefficient]);
      else rhs -= coefficient * published;
    }
    if (terms.length > 0) constraints.push({ terms, relation: fact.relation, rhs });
  }
  const askedVariables = asked.filter((i) => variableOf.has(i));
  const entryOf = [...variableOf.keys()];
  const ranges = variableRanges(
    { variableCount: variableOf.size, constraints },
    askedVariables.map((i) => variableOf.get(i)!),
    settled && ((variable, seen) => settled(entryOf[variable]!, seen)),
  );
  return new Map(askedVariables.map((i) => [i, ranges.get(variableOf.get(i)!)!]));
}

export interface ProtectionFailure {
  entry: number;
  interval: Interval;
}

const priorCache = new WeakMap<CountTable, Map<number, Interval>>();

/**
 * What the attacker knows before anything is published: each entry's range from the
 * headcounts and the table's structure alone. Protection is judged against it, since no
 * suppression can hide what the headcounts already tell. Exact, for every entry: the
 * reference the tests check against (production asks priorMaximum).
 */
export function priorIntervals(table: CountTable): Map<number, Interval> {
  let prior = priorCache.get(table);
  if (!prior) {
    const everything = new Set(table.entries.map((_, i) => i));
    const bounded = table.entries.some((e) => e.headcounts.length > 0);
    prior = bounded
      ? feasibleIntervals(attackerView(table, everything), [...everything])
      : new Map([...everything].map((i) => [i, { min: 0, max: Infinity }]));
    priorCache.set(table, prior);
  }
  return prior;
}

/**
 * An upper bound of each entry from the caps alone: a part is at most its whole, and a
 * whole at most the sum of its parts (disjoint or not), to a fixed point.
 */
function capsThroughRelations(view: AttackerView): number[] {
  const caps = view.entries.map((e) => e.cap);
  for (let changed = true; changed;) {
    changed = false;
    for (const r of view.relations) {
      for (const p of r.parts) {
        if (caps[r.whole]! < caps[p]!) {
          caps[p] = caps[r.whole]!;
          changed = true;
        }
      }
      const partsCap = r.parts.reduce((sum, p) => sum + caps[p]!, 0);
      if (partsCap < caps[r.whole]!) {
        caps[r.whole] = partsCap;
        changed = true;
      }
    }
  }
  return caps;
}

/** Every group an entry is part of, directly or through others. */
function wholesOf(view: AttackerView, entry: number): Set<number> {
  const found = new Set<number>();
  const frontier = [entry];
  while (frontier.length > 0) {
    const e = frontier.pop()!;
    for (const r of view.relations) {
      if (r.parts.includes(e) && !found.has(r.whole)) {
        found.add(r.whole);
        frontier.push(r.whole);
      }
    }
  }
  return found;
}

const maximumCache = new WeakMap<CountTable, Map<number, number>>();

/**
 * The largest value each asked entry could have before anything is published (`top` of
 * the protection rule). The caps through the relations bound it from above; the table
 * where the entry and the groups containing it all equal that bound and everything else is 0
 * usually satisfies every fact, which proves the bound is reached without solving. Only
 * otherwise is the maximum solved exactly.
 */
export function priorMaximum(table: CountTable, asked: readonly number[]): Map<number, number> {
  let known = maximumCache.get(table);
  if (!known) maximumCache.set(table, (known = new Map()));
  const missing = asked.filter((i) => !known.has(i));
  if (missing.length > 0) {
    const view = attackerView(table, new Set(table.entries.map((_, i) => i)));
    const caps = capsThroughRelations(view);
    const facts = attackerConstraints(view);
    const unproven: number[] = [];
    for (const entry of missing) {
      const cap = caps[entry]!;
      if (!Number.isFinite(cap)) {
        known.set(entry, Infinity);
        continue;
      }
      const raised = new Set([entry, ...wholesOf(view, entry)]);
      const value = (i: number) => (raised.has(i) ? cap : 0);
      const satisfied = facts.every((fact) => {
        const lhs = fact.terms.reduce((sum, [i, c]) => sum + c * value(i), 0);
        return fact.relation === '=' ? lhs === fact.rhs : lhs <= fact.rhs;
      });
      if (satisfied) known.set(entry, cap);
      else unproven.push(entry);
    }
    const solved = feasibleIntervals(view, unproven);
    for (const entry of unproven) known.set(entry, solved.get(entry)!.max);
  }
  return new Map(asked.map((i) => [i, known.get(i)!]));
}

/** Hidden entries whose true count is not publishable and whose range is too narrow. */
export function unprotectedEntries(
  table: CountTable,
  hidden: ReadonlySet<number>,
  k: number,
): ProtectionFailure[] {
  const sensitive = [...hidden].filter((i) => !isPublishable(table.entries[i]!, k));
  const top = priorMaximum(table, sensitive);
  // A wider range protects at least as well, so a seen range that protects settles it.
  const intervals = feasibleIntervals(attackerView(table, hidden), sensitive, (entry, seen) =>
    isProtected(table.entries[entry]!, seen, k, top.get(entry)!),
  );
  return sensitive
    .map((entry) => ({ entry, interval: intervals.get(entry)! }))
    .filter(
      ({ entry, interval }) => !isProtected(table.entries[entry]!, interval, k, top.get(entry)!),
    );
}
