import type { DisclosedGroup } from './protect-table.ts';
import { walkOverlap, type MembershipIndex, type Overlap } from './membership-bits.ts';

/**
 * The Peakon rule: two groups released to one audience must be identical, share nobody,
 * or differ, on each side, by at least k persons; otherwise the difference of their two
 * counts is the count of a group of 1..k−1 persons that nobody published. Groups with no
 * member in common tell nothing about each other (each count was published as it is).
 * `overlap` counts shared members (a membership index makes that fast for many pairs).
 */
export function differByTooFew(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  k: number,
  overlap: Overlap = walkOverlap,
): boolean {
  // Unless the smaller group lies all but fewer than k of its members inside the other,
  // both sides differ by k or more: the count may stop as soon as that is certain.
  const common = overlap(a, b, Math.min(a.size, b.size) - k);
  if (common === 0) return false;
  const onlyInA = a.size - common;
  const onlyInB = b.size - common;
  return (onlyInA > 0 && onlyInA < k) || (onlyInB > 0 && onlyInB < k);
}

export interface DifferencingConflict {
  /** Label of the group in the new release. */
  group: string;
  /**
   * Label of the group it is too close to, the release it came in (null: this one) and,
   * for an earlier group that has one, its fingerprint.
   */
  conflictsWith: { releaseId: string | null; label: string; fingerprint?: string };
}

export interface PriorGroup extends DisclosedGroup {
  releaseId: string;
  /** The k its release promised: a later group is compared with it under at least that. */
  k: number;
  /** Its membership's fingerprint, when the ledger names it (see groupFingerprint). */
  fingerprint?: string;
}

/** Whether one of the first `n` numbers of `prefix` is set in `bits`. */
function anyIn(prefix: Int32Array, n: number, bits: Uint32Array): boolean {
  const end = Math.min(n, prefix.length);
  for (let i = 0; i < end; i++) {
    const id = prefix[i]!;
    const w = id >>> 5;
    if (w < bits.length && (bits[w]! & (1 << (id & 31))) !== 0) return true;
  }
  return false;
}

/**
 * A filter that never drops a close pair, for groups numbered by one index: two groups
 * differ by too few only if all but fewer than k members of the smaller lie in the larger
 * (see differByTooFew), and then one of its k lowest-numbered members does. Most pairs of
 * an audience's history share none of those few and are passed over with a handful of bit
 * tests, laid out once per call instead of a hash lookup per pair.
 */
function prefixFilter(
  index: MembershipIndex,
  groups: readonly DisclosedGroup[],
  prior: readonly PriorGroup[],
  k: number,
): (i: number, j: number) => boolean {
  let widest = k;
  for (const other of prior) widest = Math.max(widest, other.k);
  const laid = (g: DisclosedGroup) => {
    const bits = index.bitsOf(g.persons);
    return { bits, size: g.persons.size, prefix: index.prefixOf(bits, g.persons.size, widest) };
  };
  const news = groups.map(laid);
  const olds = prior.map(laid);
  const ks = Int32Array.from(prior, (other) => Math.max(k, other.k));
  return (i, j) => {
    const a = news[i]!;
    const b = olds[j]!;
    return a.size <= b.size ? anyIn(a.prefix, ks[j]!, b.bits) : anyIn(b.prefix, ks[j]!, a.bits);
  };
}

/**
 * Conflicts of a new release with itself (two filters in one release) and with every
 * group the audience received before, across all periods, each compared under the larger
 * of k and the k it was released under. Reasons carry labels only: the size of a
 * difference is exactly what must not be told. With `index` (every group a bit set of
 * it, or numbered there once) earlier groups are compared only when they may be close.
 */
export function differencingConflicts(
  groups: readonly DisclosedGroup[],
  prior: readonly PriorGroup[],
  k: number,
  overlap: Overlap = walkOverlap,
  {
    amongThem = true,
    index,
  }: {
    /** false: the new groups are known not to conflict with each other (protectTable's). */
    amongThem?: boolean;
    index?: MembershipIndex;
  } = {},
): DifferencingConflict[] {
  const conflicts: DifferencingConflict[] = [];
  const mayBeClose = index ? prefixFilter(index, groups, prior, k) : () => true;
  groups.forEach((group, i) => {
    for (let j = 0; j < (amongThem ? i : 0); j++) {
      const other = groups[j]!;
      if (differByTooFew(group.persons, other.persons, k, overlap)) {
        conflicts.push({
          group: group.label,
          conflictsWith: { releaseId: null, label: other.label },
        });
      }
    }
    prior.forEach((other, j) => {
      if (!mayBeClose(i, j)) return;
      if (differByTooFew(group.persons, other.persons, Math.max(k, other.k), overlap)) {
        conflicts.push({
          group: group.label,
          conflictsWith: {
            releaseId: other.releaseId,
            label: other.label,
            ...(other.fingerprint === undefined ? {} : { fingerprint: other.fingerprint }),
          },
        });
      }
    });
  });
  return conflicts;
}
