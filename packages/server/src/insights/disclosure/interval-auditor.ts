import type { CountTable } from './count-table.ts';
import { rangeFinder, type LinearConstraint } from './exact-simplex.ts';
import { aprioriMaximum, isProtected, isPublishable, type Interval } from './protection-rule.ts';
import { WideningProofs } from './widening-proofs.ts';

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
  // A part is at most its whole in every relation, so a cap no smaller than one of a
  // group containing the entry says nothing new; leaving it out keeps the program small
  // (a known headcount caps every entry, yet only the total needs the row).
  const wholeCap = view.entries.map(() => Infinity);
  for (const r of view.relations) {
    for (const p of r.parts) wholeCap[p] = Math.min(wholeCap[p]!, view.entries[r.whole]!.cap);
  }
  view.entries.forEach((entry, i) => {
    if (Number.isFinite(entry.cap) && entry.cap < wholeCap[i]!) {
      facts.push({ terms: [[i, 1]], relation: '<=', rhs: entry.cap });
    }
  });
  return facts;
}

/** The attacker's view as one exact program, asked entry by entry (see attackerRanges). */
export interface EntryRanges {
  /** The range of a hidden entry, with or without a question that may settle it early. */
  range(entry: number, settled?: (entry: number, seen: Interval) => boolean): Interval;
  /** One solve where the given hidden entries are together largest (see RangeFinder). */
  explore(entries: readonly number[]): void;
}

/**
 * The attacker's ranges over one view, entry by entry: one exact program, its feasible
 * basis found once and every solution met kept, so that several audits of the same
 * suppression pattern (is it protected? which entries are still derivable?) share the
 * work. Only hidden entries may be asked.
 */
export function attackerRanges(view: AttackerView): EntryRanges {
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
  const entryOf = [...variableOf.keys()];
  const finder = rangeFinder({ variableCount: variableOf.size, constraints });
  const variable = (entry: number) => {
    const v = variableOf.get(entry);
    if (v === undefined) throw new RangeError(`entry ${entry} is published`);
    return v;
  };
  return {
    range: (entry, settled) =>
      finder.range(variable(entry), settled && ((v, seen) => settled(entryOf[v]!, seen))),
    explore: (entries) => finder.explore(entries.map(variable)),
  };
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
  const ranges = attackerRanges(view);
  const hidden = asked.filter((i) => view.entries[i]!.value === null);
  return new Map(hidden.map((i) => [i, ranges.range(i, settled)]));
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

/**
 * The entries to raise with `entry` in the table that proves its cap is reached: the
 * groups containing it, and for every raised group made of parts none of which is raised,
 * one part that can hold the cap (with its own groups), so that a whole equal to or at
 * most the sum of its parts still is. The caller checks the result against every fact.
 */
function raisedTogether(view: AttackerView, caps: readonly number[], entry: number): Set<number> {
  const raised = new Set([entry, ...wholesOf(view, entry)]);
  for (let changed = true; changed;) {
    changed = false;
    for (const r of view.relations) {
      if (!raised.has(r.whole) || r.parts.some((p) => raised.has(p))) continue;
      const part = r.parts.find((p) => caps[p]! >= caps[entry]!);
      if (part === undefined) continue;
      for (const e of [part, ...wholesOf(view, part)]) raised.add(e);
      changed = true;
    }
  }
  return raised;
}

/**
 * Whether an assignment of every entry satisfies all the facts: the facts laid out flat
 * once, since each of a table's entries is checked against all of them.
 */
function factChecker(
  facts: ReturnType<typeof attackerConstraints>,
): (values: Float64Array) => boolean {
  const starts = new Int32Array(facts.length + 1);
  facts.forEach((fact, f) => (starts[f + 1] = starts[f]! + fact.terms.length));
  const entries = new Int32Array(starts[facts.length]!);
  const coefficients = new Float64Array(entries.length);
  facts.forEach((fact, f) =>
    fact.terms.forEach(([entry, coefficient], t) => {
      entries[starts[f]! + t] = entry;
      coefficients[starts[f]! + t] = coefficient;
    }),
  );
  return (values) => {
    for (let f = 0; f < facts.length; f++) {
      let lhs = 0;
      for (let t = starts[f]!; t < starts[f + 1]!; t++)
        lhs += coefficients[t]! * values[entries[t]!]!;
      const { relation, rhs } = facts[f]!;
      if (relation === '=' ? lhs !== rhs : lhs > rhs) return false;
    }
    return true;
  };
}

const maximumCache = new WeakMap<CountTable, Map<number, number>>();

/**
 * The largest value each asked entry could have before anything is published (`top` of
 * the protection rule). The caps through the relations bound it from above; a table
 * where the entry, the groups containing it and a chain of parts under them all equal that
 * bound and everything else is 0 (raisedTogether) usually satisfies every fact, which
 * proves the bound is reached without solving. Only otherwise is the maximum solved exactly.
 */
export function priorMaximum(table: CountTable, asked: readonly number[]): Map<number, number> {
  let known = maximumCache.get(table);
  if (!known) maximumCache.set(table, (known = new Map()));
  const missing = asked.filter((i) => !known.has(i));
  if (missing.length > 0) {
    const view = attackerView(table, new Set(table.entries.map((_, i) => i)));
    const caps = capsThroughRelations(view);
    const holds = factChecker(attackerConstraints(view));
    const values = new Float64Array(table.entries.length);
    const unproven: number[] = [];
    for (const entry of missing) {
      const cap = caps[entry]!;
      if (!Number.isFinite(cap)) {
        known.set(entry, Infinity);
        continue;
      }
      const raised = raisedTogether(view, caps, entry);
      values.fill(0);
      for (const i of raised) values[i] = cap;
      if (holds(values)) known.set(entry, cap);
      else unproven.push(entry);
    }
    const solved = feasibleIntervals(view, unproven);
    for (const entry of unproven) known.set(entry, solved.get(entry)!.max);
  }
  return new Map(asked.map((i) => [i, known.get(i)!]));
}

/**
 * Hidden entries whose true count is not publishable and whose range is too narrow, one
 * by one as they are found: the caller may act on one (hide a neighbour) before the next
 * is judged. The pattern judged is `hidden` as it was when the audit began (`ranges` must
 * be its attacker). `skip` leaves entries unjudged this time, e.g. ones next to an entry
 * the caller has just hidden, which a later audit judges anyway. `proven`: entries shown
 * protected under an earlier pattern this one contains are not solved again, and those
 * found protected now are recorded.
 */
export function unprotectedEntries(
  table: CountTable,
  hidden: ReadonlySet<number>,
  k: number,
  options: {
    ranges?: EntryRanges;
    skip?: (entry: number) => boolean;
    proven?: WideningProofs;
  } = {},
): Iterable<ProtectionFailure> {
  const ranges = options.ranges ?? attackerRanges(attackerView(table, hidden));
  const { skip = () => false, proven = new WideningProofs() } = options;
  // Taken now: the caller may hide more while iterating.
  const pattern = new Set(hidden);
  const sensitive = [...hidden].filter((i) => !isPublishable(table.entries[i]!, k));
  const unproven = sensitive.filter((i) => !proven.holds(i, pattern));
  const top = priorMaximum(table, unproven);
  const isSafe = (entry: number, range: Interval) =>
    isProtected(table.entries[entry]!, range, k, top.get(entry)!);
  return (function* () {
    for (const entry of unproven) {
      if (skip(entry)) continue;
      // A wider range protects at least as well, so a seen range that protects settles it.
      const interval = ranges.range(entry, isSafe);
      if (isSafe(entry, interval)) proven.record(entry, pattern);
      else yield { entry, interval };
    }
  })();
}
