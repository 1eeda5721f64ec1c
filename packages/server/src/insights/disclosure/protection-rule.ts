/**
 * The disclosure rules every count obeys, for one group of distinct persons.
 *
 * A group may carry known headcounts: sizes the audience already knows of a population
 * that contains it (a department's enrolment, the whole organisation). Knowing N, a
 * published count c also publishes N − c, the people who are NOT in the group.
 */
export interface GroupFacts {
  count: number;
  /** Known sizes of populations that contain the group. */
  headcounts: readonly number[];
}

/** The smallest known headcount: the a-priori maximum of the count (Infinity when none). */
export function aprioriMaximum(headcounts: readonly number[]): number {
  return headcounts.length === 0 ? Infinity : Math.min(...headcounts);
}

/** 1 ≤ count < k: too few people to show. */
export function isSmall(count: number, k: number): boolean {
  return count >= 1 && count < k;
}

/** 1 ≤ N − count < k for a known N: nearly everyone in a known population is in the group. */
export function isNearlyAll(facts: GroupFacts, k: number): boolean {
  return facts.headcounts.some((n) => isSmall(n - facts.count, k));
}

/**
 * Primary rule: a count may be published iff it is 0 or ≥ k, and for every known headcount
 * N, N − count is 0 or ≥ k (the complement rule). A 0 is therefore shown, except in a
 * population of 1..k−1 known people, where "nobody" would also tell about the few others.
 */
export function isPublishable(facts: GroupFacts, k: number): boolean {
  return !isSmall(facts.count, k) && !isNearlyAll(facts, k);
}

export interface Interval {
  min: number;
  /** Infinity when nothing published bounds it. */
  max: number;
}

/**
 * Protection rule for a hidden count whose true value is not publishable. With [min, max]
 * the range an attacker can prove from everything published, and `top` the largest value
 * they could prove before anything was published (from headcounts and table structure):
 * - small (1..k−1): the range must contain 0 and reach min(k, top); the attacker cannot
 *   tell an empty group from one large enough to publish;
 * - nearly all (N − c in 1..k−1): the range must reach top and go down to max(0, top − k);
 *   the attacker cannot tell "as many as can be" from a publishable complement.
 * Both imply a range at least min(k, top) wide: the protection level is k.
 */
export function isProtected(
  facts: GroupFacts,
  interval: Interval,
  k: number,
  top: number = aprioriMaximum(facts.headcounts),
): boolean {
  if (isSmall(facts.count, k) && !(interval.min <= 0 && interval.max >= Math.min(k, top))) {
    return false;
  }
  if (isNearlyAll(facts, k) && !(interval.max >= top && interval.min <= Math.max(0, top - k))) {
    return false;
  }
  return true;
}
