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
  const ranges = variableRanges(
    { variableCount: variableOf.size, constraints },
    askedVariables.map((i) => variableOf.get(i)!),
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
 * suppression can hide what the headcounts already tell.
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

/** Hidden entries whose true count is not publishable and whose range is too narrow. */
export function unprotectedEntries(
  table: CountTable,
  hidden: ReadonlySet<number>,
  k: number,
): ProtectionFailure[] {
  const sensitive = [...hidden].filter((i) => !isPublishable(table.entries[i]!, k));
  const intervals = feasibleIntervals(attackerView(table, hidden), sensitive);
  const prior = priorIntervals(table);
  return sensitive
    .map((entry) => ({ entry, interval: intervals.get(entry)! }))
    .filter(
      ({ entry, interval }) =>
        !isProtected(table.entries[entry]!, interval, k, prior.get(entry)!.max),
    );
}
