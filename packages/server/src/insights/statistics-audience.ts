import type { Db } from '../platform/db/database.ts';
import type { StatisticsScope } from '@yorisoi/shared';
import type { Actor } from '../policy/actor.ts';
import { authorize, tenantScope } from '../policy/policy.ts';
import { AppError } from '../platform/errors.ts';
import type { Audience } from './disclosure/audience.ts';
import { resolveMinimumGroupSize } from './disclosure/minimum-group-size.ts';
import { employerViewOf, poolSmallOrganizations } from './disclosure/organization-pools.ts';
import {
  configuredMinimumGroupSize,
  countEnrolledPerOrganization,
  findConsortiumName,
  listConsortiumMemberIds,
  listOrganizationIndustries,
} from './statistics-settings.repository.ts';

/** Who receives a table, whose records it counts, and what size of it they already know. */
export interface ResolvedAudience {
  audience: Audience;
  municipalityId: string;
  /** null: every record of the municipality. */
  organizationIds: string[] | null;
  scope: { kind: 'municipality' | 'organization' | 'pool' | 'consortium'; label: string };
  /** Enrolled persons the audience knows (employers know their own headcount). */
  knownHeadcount: number | null;
  k: number;
}

export async function minimumGroupSizeOf(db: Db, municipalityId: string): Promise<number> {
  return resolveMinimumGroupSize(await configuredMinimumGroupSize(db, municipalityId));
}

/** Active workers and family members enrolled per employer, with the employer's industry. */
async function organizationSizes(db: Db, municipalityId: string) {
  const counts = await countEnrolledPerOrganization(db, municipalityId);
  const orgs = await listOrganizationIndustries(db, municipalityId);
  const headcounts = new Map(counts.map((c) => [c.organizationId, c.n]));
  return orgs.map((o) => ({
    organizationId: o.id,
    headcount: headcounts.get(o.id) ?? 0,
    industry: o.industry,
    area: null,
  }));
}

/**
 * The consortium's member organisations and its name, when the employer is one of them:
 * the records a consortium-wide view counts.
 */
async function consortiumOf(db: Db, municipalityId: string, organizationId: string) {
  const members = await listConsortiumMemberIds(db, municipalityId);
  if (!members.includes(organizationId)) throw new AppError('CONSORTIUM_VIEW_NOT_AVAILABLE');
  return { organizationIds: members, label: (await findConsortiumName(db, municipalityId)) ?? '' };
}

/**
 * City staff get their municipality. An employer admin gets their own organisation when it
 * has at least k enrolled persons, otherwise the pool of small employers it belongs to
 * (same industry, else その他); a pool all admins of its members share as one audience.
 * With `scope: 'consortium'` a member employer's table counts the whole consortium, for
 * the same audience: its ledger then compares the wider view with the employer's own.
 */
export async function resolveAudience(
  db: Db,
  actor: Actor,
  kind: 'city' | 'employer',
  scope: StatisticsScope = 'own',
): Promise<ResolvedAudience> {
  const municipalityId = actor.municipalityId;
  if (kind === 'city') {
    authorize(actor, 'statistics.city', tenantScope(actor));
    const k = await minimumGroupSizeOf(db, municipalityId!);
    return {
      audience: { kind: 'city', municipalityId: municipalityId! },
      municipalityId: municipalityId!,
      organizationIds: null,
      scope: { kind: 'municipality', label: '' },
      knownHeadcount: null,
      k,
    };
  }
  authorize(actor, 'statistics.employer', {
    municipalityId,
    organizationId: actor.organizationId,
  });
  const organizationId = actor.organizationId!;
  const k = await minimumGroupSizeOf(db, municipalityId!);
  const sizes = await organizationSizes(db, municipalityId!);
  const view = employerViewOf(poolSmallOrganizations(sizes, k), organizationId);
  if (scope === 'consortium') {
    const consortium = await consortiumOf(db, municipalityId!, organizationId);
    return {
      audience:
        view.kind === 'pool'
          ? { kind: 'employerPool', municipalityId: municipalityId!, poolId: view.pool.poolId }
          : { kind: 'employer', municipalityId: municipalityId!, organizationId },
      municipalityId: municipalityId!,
      organizationIds: consortium.organizationIds,
      scope: { kind: 'consortium', label: consortium.label },
      knownHeadcount: null,
      k,
    };
  }
  if (view.kind === 'none') throw new AppError('STATISTICS_NOT_AVAILABLE');
  if (view.kind === 'own') {
    return {
      audience: { kind: 'employer', municipalityId: municipalityId!, organizationId },
      municipalityId: municipalityId!,
      organizationIds: [organizationId],
      scope: { kind: 'organization', label: '' },
      knownHeadcount: sizes.find((s) => s.organizationId === organizationId)?.headcount ?? 0,
      k,
    };
  }
  return {
    audience: { kind: 'employerPool', municipalityId: municipalityId!, poolId: view.pool.poolId },
    municipalityId: municipalityId!,
    organizationIds: view.pool.organizationIds,
    scope: { kind: 'pool', label: view.pool.label },
    knownHeadcount: view.pool.headcount,
    k,
  };
}
