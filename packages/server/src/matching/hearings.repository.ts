/** Data access of hearings (ヒアリング) and of one participant's introductions. */
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import {
  workHearings,
  workIntroductions,
  workOpenings,
  workProfiles,
} from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type HearingRow = typeof workHearings.$inferSelect;

export async function insertHearing(db: Db, values: typeof workHearings.$inferInsert) {
  const [row] = await db.insert(workHearings).values(values).returning();
  return row!;
}

/** A participant's hearings, the latest first. */
export async function listHearingsOfProfile(
  db: Db,
  { municipalityId, profileId }: { municipalityId: string; profileId: string },
) {
  return db
    .select()
    .from(workHearings)
    .where(ofMunicipality(workHearings, municipalityId, eq(workHearings.profileId, profileId)))
    .orderBy(desc(workHearings.heldOn), desc(workHearings.createdAt))
    .limit(200);
}

/** The days of a person's own hearings: no sealed text is even loaded. */
export async function listHearingDaysOfUser(
  db: Db,
  { municipalityId, userId }: { municipalityId: string; userId: string },
) {
  return db
    .select({ id: workHearings.id, heldOn: workHearings.heldOn })
    .from(workHearings)
    .innerJoin(workProfiles, eq(workProfiles.id, workHearings.profileId))
    .where(
      ofMunicipality([workHearings, workProfiles], municipalityId, eq(workProfiles.userId, userId)),
    )
    .orderBy(desc(workHearings.heldOn))
    .limit(200);
}

/** One participant's introductions with the openings they concern, the latest first. */
export async function listIntroductionsOfProfile(
  db: Db,
  { municipalityId, profileId }: { municipalityId: string; profileId: string },
) {
  return db
    .select({ introduction: workIntroductions, profile: workProfiles, opening: workOpenings })
    .from(workIntroductions)
    .innerJoin(workProfiles, eq(workProfiles.id, workIntroductions.profileId))
    .innerJoin(workOpenings, eq(workOpenings.id, workIntroductions.openingId))
    .where(
      ofMunicipality(
        [workIntroductions, workProfiles, workOpenings],
        municipalityId,
        eq(workIntroductions.profileId, profileId),
      ),
    )
    .orderBy(desc(workIntroductions.createdAt))
    .limit(200);
}
