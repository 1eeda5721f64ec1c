/**
 * Employer views for small organisations. A manager of a 6-person company who saw "their"
 * statistics would be looking at a handful of known faces, so organisations below a size
 * threshold never get a view of their own: they are pooled, first with others of the same
 * industry, then of the same area, then all remaining together as その他, until every pool
 * has at least k enrolled persons. Their admins see only the pool.
 */
export interface OrganizationSize {
  organizationId: string;
  /** Enrolled persons (workers and family members counted for the organisation). */
  headcount: number;
  industry: string | null;
  area: string | null;
}

export interface OrganizationPool {
  /** Stable across runs while the basis stays the same, so the ledger can follow it. */
  poolId: string;
  basis: 'industry' | 'area' | 'other';
  label: string;
  organizationIds: string[];
  headcount: number;
}

export interface Pooling {
  /** Large enough for a view of their own. */
  ownView: string[];
  pools: OrganizationPool[];
  /** Small organisations that even all together stay under k: no employer view at all. */
  withheld: string[];
}

export type EmployerView =
  { kind: 'own' } | { kind: 'pool'; pool: OrganizationPool } | { kind: 'none' };

export const otherPoolLabel = 'その他';

const sumOf = (orgs: readonly OrganizationSize[]) => orgs.reduce((s, o) => s + o.headcount, 0);

function groupBy(
  orgs: readonly OrganizationSize[],
  key: (o: OrganizationSize) => string | null,
): Map<string, OrganizationSize[]> {
  const groups = new Map<string, OrganizationSize[]>();
  for (const o of orgs) {
    const k = key(o);
    if (k === null) continue;
    groups.set(k, [...(groups.get(k) ?? []), o]);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function poolOf(
  basis: OrganizationPool['basis'],
  label: string,
  orgs: readonly OrganizationSize[],
): OrganizationPool {
  return {
    poolId: basis === 'other' ? 'other' : `${basis}:${label}`,
    basis,
    label,
    organizationIds: orgs.map((o) => o.organizationId),
    headcount: sumOf(orgs),
  };
}

/**
 * @param k the minimum group size of the municipality
 * @param smallBelow organisations with fewer enrolled persons are pooled (at least k)
 */
export function poolSmallOrganizations(
  organizations: readonly OrganizationSize[],
  k: number,
  smallBelow: number = k,
): Pooling {
  if (smallBelow < k) throw new RangeError('smallBelow must be at least the minimum group size');
  for (const o of organizations) {
    if (!Number.isSafeInteger(o.headcount) || o.headcount < 0) {
      throw new RangeError(`headcount of ${o.organizationId} must be a whole number ≥ 0`);
    }
  }
  const sorted = [...organizations].sort((a, b) =>
    a.organizationId < b.organizationId ? -1 : a.organizationId > b.organizationId ? 1 : 0,
  );
  const ownView = sorted.filter((o) => o.headcount >= smallBelow).map((o) => o.organizationId);
  let remaining = sorted.filter((o) => o.headcount < smallBelow);
  const pools: OrganizationPool[] = [];

  for (const [basis, key] of [
    ['industry', (o: OrganizationSize) => o.industry],
    ['area', (o: OrganizationSize) => o.area],
  ] as const) {
    for (const [label, group] of groupBy(remaining, key)) {
      if (sumOf(group) < k) continue;
      pools.push(poolOf(basis, label, group));
      remaining = remaining.filter((o) => !group.includes(o));
    }
  }

  if (remaining.length === 0) return { ownView, pools, withheld: [] };
  if (sumOf(remaining) >= k) {
    pools.push(poolOf('other', otherPoolLabel, remaining));
    return { ownView, pools, withheld: [] };
  }
  // Too few left even together: they join the smallest pool, which stays ≥ k.
  const smallest = pools.reduce<OrganizationPool | undefined>(
    (min, p) => (min === undefined || p.headcount < min.headcount ? p : min),
    undefined,
  );
  if (smallest === undefined) {
    return { ownView, pools, withheld: remaining.map((o) => o.organizationId) };
  }
  smallest.organizationIds.push(...remaining.map((o) => o.organizationId));
  smallest.headcount += sumOf(remaining);
  return { ownView, pools, withheld: [] };
}

/** What an employer admin of the organisation may see. */
export function employerViewOf(pooling: Pooling, organizationId: string): EmployerView {
  if (pooling.ownView.includes(organizationId)) return { kind: 'own' };
  const pool = pooling.pools.find((p) => p.organizationIds.includes(organizationId));
  return pool ? { kind: 'pool', pool } : { kind: 'none' };
}
