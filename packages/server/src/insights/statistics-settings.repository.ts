import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import {
  municipalities,
  organizations,
  statisticsSettings,
  users,
} from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

/** The k a municipality has set, or null when it uses the default. */
export async function configuredMinimumGroupSize(
  db: Db,
  municipalityId: string,
): Promise<number | null> {
  const [row] = await db
    .select({ k: statisticsSettings.minimumGroupSize })
    .from(statisticsSettings)
    .where(ofMunicipality(statisticsSettings, municipalityId));
  return row?.k ?? null;
}

export async function saveMinimumGroupSize(
  db: Db,
  municipalityId: string,
  minimumGroupSize: number,
  now: Date,
): Promise<void> {
  await db
    .insert(statisticsSettings)
    .values({ municipalityId, minimumGroupSize, updatedAt: now })
    .onConflictDoUpdate({
      target: statisticsSettings.municipalityId,
      set: { minimumGroupSize, updatedAt: now },
    });
}

/** Active workers and family members enrolled per employer (null: none). */
export async function countEnrolledPerOrganization(db: Db, municipalityId: string) {
  return db
    .select({ organizationId: users.organizationId, n: sql<number>`count(*)::int` })
    .from(users)
    .where(
      ofMunicipality(
        users,
        municipalityId,
        eq(users.status, 'active'),
        inArray(users.role, ['worker', 'family']),
      ),
    )
    .groupBy(users.organizationId);
}

export async function listOrganizationIndustries(db: Db, municipalityId: string) {
  return db
    .select({ id: organizations.id, industry: organizations.industry })
    .from(organizations)
    .where(ofMunicipality(organizations, municipalityId));
}

/** The municipality's employers that are members of its consortium. */
export async function listConsortiumMemberIds(db: Db, municipalityId: string): Promise<string[]> {
  const rows = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(ofMunicipality(organizations, municipalityId, eq(organizations.consortiumMember, true)));
  return rows.map((r) => r.id);
}

/** The name the municipality gives its consortium, if it has one. */
export async function findConsortiumName(db: Db, municipalityId: string): Promise<string | null> {
  const [row] = await db
    .select({ name: municipalities.consortiumName })
    .from(municipalities)
    .where(eq(municipalities.id, municipalityId));
  return row?.name ?? null;
}
