import type { DisclosedGroup } from './protect-table.ts';
import { HolderIndex } from './holder-index.ts';
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

const holderIndexes = new WeakMap<MembershipIndex, HolderIndex>();

/**
 * Which earlier groups may be close to each new group, for groups numbered by one index;
 * never leaves out a close pair. Two groups differ by too few only if all but fewer than
 * k members of the smaller lie in the larger (see differByTooFew), and then one of any k
 * of its members does. So an earlier group at least as large must hold one of the new
 * group's lowest-numbered members (an OR of those persons' rows of the HolderIndex), and a
 * smaller one must have one of its own lowest-numbered members in the new group (a few
 * bit tests in the new group's bits). Most of an audience's history is passed over
 * without looking at its groups' bit sets at all.
 */
function closeCandidates(
  index: MembershipIndex,
  groups: readonly DisclosedGroup[],
  prior: readonly PriorGroup[],
  k: number,
): (i: number) => number[] {
  let widest = k;
  for (const other of prior) widest = Math.max(widest, other.k);
  const laid = (g: DisclosedGroup) => {
    const bits = index.bitsOf(g.persons);
    return { bits, size: g.persons.size, prefix: index.prefixOf(bits, g.persons.size, widest) };
  };
  let holders = holderIndexes.get(index);
  if (!holders) holderIndexes.set(index, (holders = new HolderIndex(index)));
  const olds = prior.map(laid);
  const slots = olds.map((old) => holders.slotOf(old.bits, old.size));
  const priorOfSlot = new Int32Array(holders.slotCount).fill(-1);
  slots.forEach((slot, j) => (priorOfSlot[slot] = j));
  const ks = Int32Array.from(prior, (other) => Math.max(k, other.k));
  return (i) => {
    const a = laid(groups[i]!);
    const found: number[] = [];
    const holding = holders.holdingAny(a.prefix, widest);
    for (let w = 0; w < holding.length; w++) {
      for (let word = holding[w]! | 0; word !== 0; word &= word - 1) {
        const slot = w * 32 + (31 - Math.clz32(word & -word));
        const j = slot < priorOfSlot.length ? priorOfSlot[slot]! : -1;
        if (j >= 0 && a.size <= olds[j]!.size) found.push(j);
      }
    }
    for (let j = 0; j < olds.length; j++) {
      const b = olds[j]!;
      if (b.size < a.size && anyIn(b.prefix, ks[j]!, a.bits)) found.push(j);
    }
    return found.sort((x, y) => x - y);
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
    firstPerGroup = false,
  }: {
    /** false: the new groups are known not to conflict with each other (protectTable's). */
    amongThem?: boolean;
    index?: MembershipIndex;
    /**
     * true: one conflict per new group is enough (a caller that hides every conflicting
     * group needs to know which conflict, not with how many): the rest of its earlier
     * groups are not compared.
     */
    firstPerGroup?: boolean;
  } = {},
): DifferencingConflict[] {
  const conflicts: DifferencingConflict[] = [];
  const candidates = index
    ? closeCandidates(index, groups, prior, k)
    : () => prior.map((_, j) => j);
  groups.forEach((group, i) => {
    const before = conflicts.length;
    for (let j = 0; j < (amongThem ? i : 0); j++) {
      const other = groups[j]!;
      if (differByTooFew(group.persons, other.persons, k, overlap)) {
        conflicts.push({
          group: group.label,
          conflictsWith: { releaseId: null, label: other.label },
        });
        if (firstPerGroup) return;
      }
    }
    for (const j of candidates(i)) {
      if (firstPerGroup && conflicts.length > before) return;
      const other = prior[j]!;
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
    }
  });
  return conflicts;
}
