/**
 * Data access of introductions. Reads join the profile and the opening they connect; the
 * company's read is filtered to its own openings and to statuses the person agreed to, in
 * SQL, so a row it may not read is never loaded.
 */
import { asc, desc, eq, inArray, notInArray } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import {
  workIntroductions,
  workOpenings,
  workProfiles,
  workSkills,
} from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type IntroductionRow = typeof workIntroductions.$inferSelect;

const joined = {
  introduction: workIntroductions,
  profile: workProfiles,
  opening: workOpenings,
};

function joinedIntroductions(db: Db) {
  return db
    .select(joined)
    .from(workIntroductions)
    .innerJoin(workProfiles, eq(workProfiles.id, workIntroductions.profileId))
    .innerJoin(workOpenings, eq(workOpenings.id, workIntroductions.openingId));
}
export type JoinedIntroduction = Awaited<ReturnType<typeof findIntroduction>> & {};

export async function findIntroduction(
  db: Db,
  { municipalityId, id }: { municipalityId: string; id: string },
) {
  const [row] = await joinedIntroductions(db)
    .where(ofMunicipality(workIntroductions, municipalityId, eq(workIntroductions.id, id)))
    .limit(1);
  return row ?? null;
}

export async function findIntroductionOfPair(
  db: Db,
  {
    municipalityId,
    profileId,
    openingId,
  }: { municipalityId: string; profileId: string; openingId: string },
) {
  const [row] = await db
    .select({ id: workIntroductions.id })
    .from(workIntroductions)
    .where(
      ofMunicipality(
        workIntroductions,
        municipalityId,
        eq(workIntroductions.profileId, profileId),
        eq(workIntroductions.openingId, openingId),
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function insertIntroduction(db: Db, values: typeof workIntroductions.$inferInsert) {
  const [row] = await db.insert(workIntroductions).values(values).returning();
  return row!;
}

export async function updateIntroduction(
  db: Db,
  { municipalityId, id }: { municipalityId: string; id: string },
  values: Partial<typeof workIntroductions.$inferInsert>,
) {
  await db
    .update(workIntroductions)
    .set(values)
    .where(ofMunicipality(workIntroductions, municipalityId, eq(workIntroductions.id, id)));
}

export async function listIntroductionsOfProgramme(
  db: Db,
  { municipalityId, programmeId }: { municipalityId: string; programmeId: string },
) {
  return joinedIntroductions(db)
    .where(
      ofMunicipality(
        workIntroductions,
        municipalityId,
        eq(workIntroductions.programmeId, programmeId),
      ),
    )
    .orderBy(desc(workIntroductions.createdAt))
    .limit(1000);
}

export async function listIntroductionsOfUser(
  db: Db,
  { municipalityId, userId }: { municipalityId: string; userId: string },
) {
  return joinedIntroductions(db)
    .where(ofMunicipality(workIntroductions, municipalityId, eq(workProfiles.userId, userId)))
    .orderBy(desc(workIntroductions.createdAt))
    .limit(200);
}

/** A company's introductions: its own openings, and only those the person agreed to. */
export async function listIntroductionsForCompany(
  db: Db,
  {
    municipalityId,
    organizationId,
    hiddenStatuses,
  }: { municipalityId: string; organizationId: string; hiddenStatuses: readonly string[] },
) {
  return joinedIntroductions(db)
    .where(
      ofMunicipality(
        workIntroductions,
        municipalityId,
        eq(workOpenings.employerOrganizationId, organizationId),
        notInArray(workIntroductions.status, [...hiddenStatuses]),
      ),
    )
    .orderBy(desc(workIntroductions.createdAt))
    .limit(500);
}

export async function listParticipantsOfProgramme(
  db: Db,
  { municipalityId, programmeId }: { municipalityId: string; programmeId: string },
) {
  return db
    .select()
    .from(workProfiles)
    .where(
      ofMunicipality(
        workProfiles,
        municipalityId,
        eq(workProfiles.programmeId, programmeId),
        eq(workProfiles.active, true),
      ),
    )
    .orderBy(asc(workProfiles.referenceLabel))
    .limit(2000);
}

export async function skillLabelsOf(
  db: Db,
  { municipalityId, ids }: { municipalityId: string; ids: readonly string[] },
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: workSkills.id, label: workSkills.label })
    .from(workSkills)
    .where(ofMunicipality(workSkills, municipalityId, inArray(workSkills.id, [...new Set(ids)])));
  return new Map(rows.map((r) => [r.id, r.label]));
}

export async function findProfile(
  db: Db,
  { municipalityId, profileId }: { municipalityId: string; profileId: string },
) {
  const [row] = await db
    .select()
    .from(workProfiles)
    .where(ofMunicipality(workProfiles, municipalityId, eq(workProfiles.id, profileId)))
    .limit(1);
  return row ?? null;
}
