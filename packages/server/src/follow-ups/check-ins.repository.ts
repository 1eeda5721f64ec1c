import { and, asc, desc, eq, gte, inArray, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { consultationCheckIns, consultations, users } from '../platform/db/schema/index.ts';
import { noticeNotQueued } from '../notifications/outbox/outbox.repository.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type CheckInRow = typeof consultationCheckIns.$inferSelect;
export const checkInDueKind = 'check_in_due';

export async function insertCheckIn(
  db: Db,
  municipalityId: string,
  values: Omit<typeof consultationCheckIns.$inferInsert, 'municipalityId'>,
): Promise<CheckInRow> {
  const [row] = await db
    .insert(consultationCheckIns)
    .values({ ...values, municipalityId })
    .returning();
  if (!row) throw new Error('check-in insert returned nothing');
  return row;
}

export async function findCheckIn(
  db: Db,
  { municipalityId, id }: { municipalityId: string; id: string },
): Promise<CheckInRow | null> {
  const [row] = await db
    .select()
    .from(consultationCheckIns)
    .where(ofMunicipality(consultationCheckIns, municipalityId, eq(consultationCheckIns.id, id)));
  return row ?? null;
}

/** Changes a check-in only while it is still scheduled; null when it no longer is. */
export async function updateScheduledCheckIn(
  db: Db,
  { municipalityId, id }: { municipalityId: string; id: string },
  set: Partial<typeof consultationCheckIns.$inferInsert>,
): Promise<CheckInRow | null> {
  const [row] = await db
    .update(consultationCheckIns)
    .set(set)
    .where(
      ofMunicipality(
        consultationCheckIns,
        municipalityId,
        eq(consultationCheckIns.id, id),
        eq(consultationCheckIns.status, 'scheduled'),
      ),
    )
    .returning();
  return row ?? null;
}

export async function listCheckInsOfConsultation(
  db: Db,
  { municipalityId, consultationId }: { municipalityId: string; consultationId: string },
): Promise<CheckInRow[]> {
  return db
    .select()
    .from(consultationCheckIns)
    .where(
      ofMunicipality(
        consultationCheckIns,
        municipalityId,
        eq(consultationCheckIns.consultationId, consultationId),
      ),
    )
    .orderBy(desc(consultationCheckIns.dueAt));
}

/** Scheduled check-ins (and those done since `doneSince`) a member of the care team sees. */
export async function listCheckInsForStaff(
  db: Db,
  {
    municipalityId,
    coordinatorId,
    doneSince,
  }: { municipalityId: string; coordinatorId: string | null; doneSince: Date },
): Promise<CheckInRow[]> {
  const mine: SQL[] = coordinatorId
    ? [
        or(
          eq(consultationCheckIns.coordinatorId, coordinatorId),
          isNull(consultationCheckIns.coordinatorId),
          eq(consultations.assignedCoordinatorId, coordinatorId),
        ) as SQL,
      ]
    : [];
  const rows = await db
    .select({ checkIn: consultationCheckIns })
    .from(consultationCheckIns)
    .innerJoin(consultations, eq(consultations.id, consultationCheckIns.consultationId))
    .where(
      ofMunicipality(
        [consultationCheckIns, consultations],
        municipalityId,
        or(
          eq(consultationCheckIns.status, 'scheduled'),
          and(eq(consultationCheckIns.status, 'done'), gte(consultationCheckIns.doneAt, doneSince)),
        ),
        ...mine,
      ),
    )
    .orderBy(asc(consultationCheckIns.dueAt))
    .limit(200);
  return rows.map((r) => r.checkIn);
}

/** The next scheduled check-in of these consultations (what the person is told). */
export async function findNextScheduledCheckIn(
  db: Db,
  { municipalityId, consultationIds }: { municipalityId: string; consultationIds: string[] },
): Promise<CheckInRow | null> {
  if (consultationIds.length === 0) return null;
  const [row] = await db
    .select()
    .from(consultationCheckIns)
    .where(
      ofMunicipality(
        consultationCheckIns,
        municipalityId,
        inArray(consultationCheckIns.consultationId, consultationIds),
        eq(consultationCheckIns.status, 'scheduled'),
      ),
    )
    .orderBy(asc(consultationCheckIns.dueAt))
    .limit(1);
  return row ?? null;
}

/** Scheduled check-ins of a consultation: a follow-up for the closing rule. */
export async function countScheduledCheckIns(
  db: Db,
  { municipalityId, consultationId }: { municipalityId: string; consultationId: string },
): Promise<number> {
  const rows = await db
    .select({ id: consultationCheckIns.id })
    .from(consultationCheckIns)
    .where(
      ofMunicipality(
        consultationCheckIns,
        municipalityId,
        eq(consultationCheckIns.consultationId, consultationId),
        eq(consultationCheckIns.status, 'scheduled'),
      ),
    );
  return rows.length;
}

/**
 * Check-ins whose time has come and whose due notice is not queued yet, over every
 * municipality (a system sweep). Once a notice is queued the row is not found again.
 */
export async function findCheckInsDue(db: Db, now: Date, limit: number): Promise<CheckInRow[]> {
  return db
    .select()
    .from(consultationCheckIns)
    .where(
      and(
        eq(consultationCheckIns.status, 'scheduled'),
        lte(consultationCheckIns.dueAt, now),
        noticeNotQueued(checkInDueKind, consultationCheckIns.id),
      ),
    )
    .orderBy(asc(consultationCheckIns.dueAt))
    .limit(limit);
}

/** Whether this account is an active coordinator or supervisor of the municipality. */
export async function isActiveCareTeamMember(
  db: Db,
  { municipalityId, userId }: { municipalityId: string; userId: string },
): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(
      ofMunicipality(
        users,
        municipalityId,
        eq(users.id, userId),
        inArray(users.role, ['coordinator', 'supervisor']),
        eq(users.status, 'active'),
      ),
    )
    .limit(1);
  return row !== undefined;
}
