import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { caseRecords, organizations, users } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

/** The employer's industry and size band, which a case record keeps instead of its name. */
export async function findEmployerProfile(db: Db, municipalityId: string, organizationId: string) {
  const [employer] = await db
    .select({ industry: organizations.industry, sizeBand: organizations.sizeBand })
    .from(organizations)
    .where(ofMunicipality(organizations, municipalityId, eq(organizations.id, organizationId)));
  return employer ?? null;
}

export async function findEmployerName(db: Db, municipalityId: string, organizationId: string) {
  return db
    .select({ name: organizations.name })
    .from(organizations)
    .where(ofMunicipality(organizations, municipalityId, eq(organizations.id, organizationId)));
}

/** Sealed identities of people of the municipality, opened by the caller in memory. */
export async function findSealedIdentities(db: Db, municipalityId: string, userIds: string[]) {
  return db
    .select({ id: users.id, identitySealed: users.identitySealed })
    .from(users)
    .where(ofMunicipality(users, municipalityId, inArray(users.id, userIds)));
}

export async function insertCaseRecord(
  db: Db,
  municipalityId: string,
  values: Omit<typeof caseRecords.$inferInsert, 'municipalityId'>,
): Promise<void> {
  await db.insert(caseRecords).values({ ...values, municipalityId });
}

/** Puts the rating on the record found by its case pseudonym. */
export async function setSatisfaction(
  db: Db,
  municipalityId: string,
  caseKey: string,
  satisfaction: number,
): Promise<void> {
  await db
    .update(caseRecords)
    .set({ satisfaction })
    .where(ofMunicipality(caseRecords, municipalityId, eq(caseRecords.caseKey, caseKey)));
}
