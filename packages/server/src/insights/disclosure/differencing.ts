import type { DisclosedGroup } from './protect-table.ts';
import { walkOverlap, type Overlap } from './membership-bits.ts';

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
  /** Label of the group it is too close to, and the release it came in (null: this one). */
  conflictsWith: { releaseId: string | null; label: string };
}

export interface PriorGroup extends DisclosedGroup {
  releaseId: string;
  /** The k its release promised: a later group is compared with it under at least that. */
  k: number;
}

/**
 * Conflicts of a new release with itself (two filters in one release) and with every
 * group the audience received before, across all periods, each compared under the larger
 * of k and the k it was released under. Reasons carry labels only: the size of a
 * difference is exactly what must not be told.
 */
export function differencingConflicts(
  groups: readonly DisclosedGroup[],
  prior: readonly PriorGroup[],
  k: number,
  overlap: Overlap = walkOverlap,
  /** false: the new groups are known not to conflict with each other (protectTable's). */
  { amongThem = true }: { amongThem?: boolean } = {},
): DifferencingConflict[] {
  const conflicts: DifferencingConflict[] = [];
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
    for (const other of prior) {
      if (differByTooFew(group.persons, other.persons, Math.max(k, other.k), overlap)) {
        conflicts.push({
          group: group.label,
          conflictsWith: { releaseId: other.releaseId, label: other.label },
        });
      }
    }
  });
  return conflicts;
}
