import { asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { consentRecords } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export async function findLatestConsent(db: Db, municipalityId: string, userId: string) {
  const [row] = await db
    .select()
    .from(consentRecords)
    .where(ofMunicipality(consentRecords, municipalityId, eq(consentRecords.userId, userId)))
    .orderBy(desc(consentRecords.at), desc(consentRecords.id))
    .limit(1);
  return row ?? null;
}

export async function listConsentRecords(db: Db, municipalityId: string, userId: string) {
  return db
    .select()
    .from(consentRecords)
    .where(ofMunicipality(consentRecords, municipalityId, eq(consentRecords.userId, userId)))
    .orderBy(asc(consentRecords.at));
}

export async function insertConsentRecord(
  db: Db,
  municipalityId: string,
  values: { userId: string; version: string; action: 'granted' | 'withdrawn'; at: Date },
) {
  await db.insert(consentRecords).values({ municipalityId, ...values });
}
