import type { PriorGroup } from './differencing.ts';
import { auditReleaseHistory, type AuditedRelease } from './history-audit.ts';
import type { MembershipIndex } from './membership-bits.ts';
import type { DisclosedGroup } from './protect-table.ts';

/**
 * A cell's name without its period (labels read `<dimensions> <from>〜<to>: <entry>`): the
 * same cell of the same table released over other periods.
 */
export function cellFamilyOf(label: string): string {
  return label.replace(/ \d{4}-\d{2}〜\d{4}-\d{2}/, '');
}

/**
 * The new groups that, with the same cell released before over other periods, pin down a
 * group of 1..k−1 persons. Pairs are the ledger's rule (differencing.ts); three or more
 * periods of one cell are not: a year, its first half and its second half, each far from
 * the others, give exactly the persons counted in both halves (57 = 30 + 30 − 3). Each new
 * group is judged with its cell's earlier releases as linear equations over their atoms by
 * the exact LP attacker (history-audit.ts), which judges only what the new group adds.
 * Cells of other tables are still compared in pairs only (see the bench README).
 */
export function exposedAcrossPeriods({
  groups,
  prior,
  k,
  index,
}: {
  groups: readonly DisclosedGroup[];
  prior: readonly PriorGroup[];
  k: number;
  index: MembershipIndex;
}): string[] {
  const families = new Map<string, PriorGroup[]>();
  for (const group of prior) {
    const family = cellFamilyOf(group.label);
    const members = families.get(family);
    if (members) members.push(group);
    else families.set(family, [group]);
  }
  const exposed: string[] = [];
  for (const group of groups) {
    const earlier = families.get(cellFamilyOf(group.label));
    // With one earlier period two equations bound nothing the pairwise rule lets through.
    if (!earlier || earlier.length < 2) continue;
    const history: AuditedRelease[] = earlier.map((other, i) => ({
      id: `${i}`,
      k: other.k,
      population: other.persons,
      total: other.persons.size,
      questions: [],
    }));
    const candidate: AuditedRelease = {
      id: group.label,
      k,
      population: group.persons,
      total: group.persons.size,
      questions: [],
    };
    if (auditReleaseHistory({ candidate, history, index }).exposed.length > 0) {
      exposed.push(group.label);
    }
  }
  return exposed;
}
