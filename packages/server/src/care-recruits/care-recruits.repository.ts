import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import {
  careRecruitSettings,
  careRecruits,
  careRecruitSteps,
  municipalities,
} from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type RecruitRow = typeof careRecruits.$inferSelect;
export type RecruitStepRow = typeof careRecruitSteps.$inferSelect;

export async function findExtraLicenceTypes(db: Db, municipalityId: string): Promise<string[]> {
  const [row] = await db
    .select({ extra: careRecruitSettings.extraLicenceTypes })
    .from(careRecruitSettings)
    .where(eq(careRecruitSettings.municipalityId, municipalityId));
  return row?.extra ?? [];
}

export async function findRecruitByClientId(
  db: Db,
  municipalityId: string,
  clientRequestId: string,
) {
  const [row] = await db
    .select()
    .from(careRecruits)
    .where(
      ofMunicipality(
        careRecruits,
        municipalityId,
        eq(careRecruits.clientRequestId, clientRequestId),
      ),
    );
  return row ?? null;
}

/** One recruit, locked for the step being recorded when `lock` is set. */
export async function findRecruit(db: Db, municipalityId: string, id: string, lock = false) {
  const query = db
    .select()
    .from(careRecruits)
    .where(ofMunicipality(careRecruits, municipalityId, eq(careRecruits.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function insertRecruit(db: Db, values: typeof careRecruits.$inferInsert) {
  const [row] = await db.insert(careRecruits).values(values).returning();
  return row!;
}

export async function updateRecruit(
  db: Db,
  municipalityId: string,
  id: string,
  values: Partial<
    Pick<
      RecruitRow,
      'stage' | 'stageChangedAt' | 'licenceNumber' | 'licenceVerifiedAt' | 'licenceVerifiedBy'
    >
  >,
) {
  const [row] = await db
    .update(careRecruits)
    .set(values)
    .where(ofMunicipality(careRecruits, municipalityId, eq(careRecruits.id, id)))
    .returning();
  return row!;
}

export async function insertRecruitStep(db: Db, values: typeof careRecruitSteps.$inferInsert) {
  await db.insert(careRecruitSteps).values(values);
}

/** The pool, oldest interest first: whoever waited longest is called first. */
export async function findRecruits(db: Db, municipalityId: string) {
  return db
    .select()
    .from(careRecruits)
    .where(ofMunicipality(careRecruits, municipalityId))
    .orderBy(asc(careRecruits.createdAt), asc(careRecruits.id));
}

export async function findRecruitSteps(db: Db, municipalityId: string, recruitIds: string[]) {
  if (recruitIds.length === 0) return [];
  return db
    .select()
    .from(careRecruitSteps)
    .where(
      ofMunicipality(
        careRecruitSteps,
        municipalityId,
        inArray(careRecruitSteps.recruitId, recruitIds),
      ),
    )
    .orderBy(asc(careRecruitSteps.recordedAt), asc(careRecruitSteps.id));
}

export async function findMunicipalityCode(db: Db, municipalityId: string) {
  const [row] = await db
    .select({ code: municipalities.code })
    .from(municipalities)
    .where(eq(municipalities.id, municipalityId));
  return row!.code;
}

/** The licences beyond the national three a municipality accepts (准看護師); set by the demo. */
export async function upsertExtraLicenceTypes(db: Db, municipalityId: string, types: string[]) {
  await db
    .insert(careRecruitSettings)
    .values({ municipalityId, extraLicenceTypes: types })
    .onConflictDoUpdate({
      target: careRecruitSettings.municipalityId,
      set: { extraLicenceTypes: types, updatedAt: new Date() },
    });
}
