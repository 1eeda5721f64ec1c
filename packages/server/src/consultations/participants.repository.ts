import { eq, isNull } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { consultationParticipants, coordinatorLicences } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type ParticipantRow = typeof consultationParticipants.$inferSelect;

/** Supervisors in a consultation now (joined and not left), earliest first. */
export async function listJoinedSupervisors(
  db: Db,
  municipalityId: string,
  consultationId: string,
): Promise<ParticipantRow[]> {
  return db
    .select()
    .from(consultationParticipants)
    .where(
      ofMunicipality(
        consultationParticipants,
        municipalityId,
        eq(consultationParticipants.consultationId, consultationId),
        isNull(consultationParticipants.leftAt),
      ),
    )
    .orderBy(consultationParticipants.joinedAt);
}

export async function insertParticipant(
  db: Db,
  municipalityId: string,
  values: { consultationId: string; userId: string; licenceType: string | null; joinedAt: Date },
): Promise<ParticipantRow | null> {
  const [row] = await db
    .insert(consultationParticipants)
    .values({ ...values, municipalityId, role: 'supervisor' })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

export async function closeParticipation(
  db: Db,
  municipalityId: string,
  { consultationId, userId, leftAt }: { consultationId: string; userId: string; leftAt: Date },
): Promise<ParticipantRow | null> {
  const [row] = await db
    .update(consultationParticipants)
    .set({ leftAt })
    .where(
      ofMunicipality(
        consultationParticipants,
        municipalityId,
        eq(consultationParticipants.consultationId, consultationId),
        eq(consultationParticipants.userId, userId),
        isNull(consultationParticipants.leftAt),
      ),
    )
    .returning();
  return row ?? null;
}

/** The licence shown for a supervisor (their registered licence type, if any). */
export async function findLicenceType(
  db: Db,
  municipalityId: string,
  userId: string,
): Promise<string | null> {
  const [row] = await db
    .select({ licenceType: coordinatorLicences.licenceType })
    .from(coordinatorLicences)
    .where(
      ofMunicipality(coordinatorLicences, municipalityId, eq(coordinatorLicences.userId, userId)),
    );
  return row?.licenceType ?? null;
}
