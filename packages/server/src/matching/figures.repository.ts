/**
 * What a programme's figures are counted from: when each profile was made and each
 * introduction's dates, with the participant's path. No name, label or text is loaded.
 */
import { and, eq, gte, lt } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { workIntroductions, workOpenings, workProfiles } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export async function listProfileRegistrations(
  db: Db,
  {
    municipalityId,
    programmeId,
    from,
    until,
  }: { municipalityId: string; programmeId: string; from: Date; until: Date },
) {
  return db
    .select({ path: workProfiles.path, createdAt: workProfiles.createdAt })
    .from(workProfiles)
    .where(
      ofMunicipality(
        workProfiles,
        municipalityId,
        eq(workProfiles.programmeId, programmeId),
        and(gte(workProfiles.createdAt, from), lt(workProfiles.createdAt, until)),
      ),
    );
}

/** Every introduction of the programme: a programme makes hundreds a year, not millions. */
export async function listIntroductionDates(
  db: Db,
  { municipalityId, programmeId }: { municipalityId: string; programmeId: string },
) {
  return db
    .select({
      path: workProfiles.path,
      status: workIntroductions.status,
      answeredAt: workIntroductions.answeredAt,
      startedOn: workIntroductions.startedOn,
      endedOn: workIntroductions.endedOn,
      followUp6mAt: workIntroductions.followUp6mAt,
      followUp6mWorking: workIntroductions.followUp6mWorking,
      openingId: workOpenings.id,
      openingKind: workOpenings.kind,
    })
    .from(workIntroductions)
    .innerJoin(workProfiles, eq(workProfiles.id, workIntroductions.profileId))
    .innerJoin(workOpenings, eq(workOpenings.id, workIntroductions.openingId))
    .where(
      ofMunicipality(
        [workIntroductions, workProfiles, workOpenings],
        municipalityId,
        eq(workIntroductions.programmeId, programmeId),
      ),
    )
    .limit(50_000);
}
