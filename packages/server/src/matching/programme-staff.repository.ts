/**
 * Data access of a programme as people meet it: its staff (bound to one programme), its
 * skills list, a participant's own profile found by their account.
 */
import { asc, eq, inArray, isNull } from 'drizzle-orm';
import type { WorkProgrammeKind } from '@yorisoi/shared';
import type { Db } from '../platform/db/database.ts';
import {
  workProfiles,
  workProgrammeStaff,
  workProgrammes,
  workSkills,
} from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';
import type { NewWorkProfileRow } from './matching.repository.ts';

/** The accounts bound to a programme as its staff. */
export async function staffOfProgramme(
  db: Db,
  { municipalityId, programmeId }: { municipalityId: string; programmeId: string },
): Promise<string[]> {
  const rows = await db
    .select({ userId: workProgrammeStaff.userId })
    .from(workProgrammeStaff)
    .where(
      ofMunicipality(
        workProgrammeStaff,
        municipalityId,
        eq(workProgrammeStaff.programmeId, programmeId),
      ),
    );
  return rows.map((r) => r.userId);
}

/** The programmes a staff account is bound to (one today: work_programme_staff's key is the account). */
export async function programmesOfStaffMember(
  db: Db,
  { municipalityId, userId }: { municipalityId: string; userId: string },
) {
  const rows = await db
    .select({ id: workProgrammes.id, name: workProgrammes.name, kind: workProgrammes.kind })
    .from(workProgrammeStaff)
    .innerJoin(workProgrammes, eq(workProgrammes.id, workProgrammeStaff.programmeId))
    .where(
      ofMunicipality(workProgrammeStaff, municipalityId, eq(workProgrammeStaff.userId, userId)),
    )
    .orderBy(asc(workProgrammes.name));
  return rows.map((r) => ({ ...r, kind: r.kind as WorkProgrammeKind }));
}

export async function bindProgrammeStaff(
  db: Db,
  values: { municipalityId: string; programmeId: string; userId: string },
) {
  await db.insert(workProgrammeStaff).values(values);
}

/** The municipality's programmes with their skills still in use, by name and label. */
export async function listProgrammesWithSkills(
  db: Db,
  { municipalityId }: { municipalityId: string },
) {
  const programmes = await db
    .select({ id: workProgrammes.id, name: workProgrammes.name, kind: workProgrammes.kind })
    .from(workProgrammes)
    .where(ofMunicipality(workProgrammes, municipalityId))
    .orderBy(asc(workProgrammes.name));
  if (programmes.length === 0) return [];
  const skills = await db
    .select({ id: workSkills.id, label: workSkills.label, programmeId: workSkills.programmeId })
    .from(workSkills)
    .where(
      ofMunicipality(
        workSkills,
        municipalityId,
        inArray(
          workSkills.programmeId,
          programmes.map((p) => p.id),
        ),
        isNull(workSkills.retiredAt),
      ),
    )
    .orderBy(asc(workSkills.createdAt), asc(workSkills.label));
  return programmes.map((p) => ({
    ...p,
    kind: p.kind as WorkProgrammeKind,
    skills: skills.filter((s) => s.programmeId === p.id).map((s) => ({ id: s.id, label: s.label })),
  }));
}

/** The profile an account keeps (one per account: work_profiles_user_key). */
export async function findProfileOfUser(
  db: Db,
  { municipalityId, userId }: { municipalityId: string; userId: string },
) {
  const [row] = await db
    .select()
    .from(workProfiles)
    .where(ofMunicipality(workProfiles, municipalityId, eq(workProfiles.userId, userId)))
    .limit(1);
  return row ?? null;
}

export async function updateWorkProfile(
  db: Db,
  { municipalityId, id }: { municipalityId: string; id: string },
  values: Partial<NewWorkProfileRow>,
) {
  const [row] = await db
    .update(workProfiles)
    .set(values)
    .where(ofMunicipality(workProfiles, municipalityId, eq(workProfiles.id, id)))
    .returning();
  return row!;
}
