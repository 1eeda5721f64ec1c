import { count, desc, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { consultationAssignments, consultations } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';
import type { Candidate } from './choose-coordinator.ts';
import { findStaffOnShift } from '../roster/on-shift.repository.ts';

/** Coordinators with a verified licence and an on-duty shift now, with their current load. */
export async function findCandidates(
  db: Db,
  municipalityId: string,
  now: Date,
): Promise<Candidate[]> {
  const onDuty = await findStaffOnShift(db, {
    municipalityId,
    now,
    roles: ['coordinator'],
    onDutyOnly: true,
    verifiedLicence: true,
  });
  if (onDuty.length === 0) return [];
  const loads = await activeLoads(
    db,
    municipalityId,
    onDuty.map((c) => c.userId),
  );
  return onDuty.map((c) => ({
    userId: c.userId,
    licence: c.licence!,
    active: loads.get(c.userId) ?? 0,
  }));
}

export async function activeLoads(db: Db, municipalityId: string, userIds: string[]) {
  const rows = await db
    .select({ userId: consultations.assignedCoordinatorId, n: count() })
    .from(consultations)
    .where(
      ofMunicipality(
        consultations,
        municipalityId,
        eq(consultations.status, 'active'),
        inArray(consultations.assignedCoordinatorId, userIds),
      ),
    )
    .groupBy(consultations.assignedCoordinatorId);
  return new Map(rows.map((r) => [r.userId as string, r.n]));
}

/**
 * The coordinator of the person's most recent earlier consultation, for continuity, unless
 * the person chose, after it closed, not to return to them.
 */
export async function findPreviousCoordinator(
  db: Db,
  municipalityId: string,
  personUserId: string,
  exceptId: string,
) {
  const [row] = await db
    .select({
      coordinatorId: consultations.assignedCoordinatorId,
      returnTo: consultations.nextTimeSameCoordinator,
    })
    .from(consultations)
    .where(
      ofMunicipality(
        consultations,
        municipalityId,
        eq(consultations.personUserId, personUserId),
        ne(consultations.id, exceptId),
        isNotNull(consultations.assignedCoordinatorId),
      ),
    )
    .orderBy(desc(consultations.createdAt))
    .limit(1);
  return row?.returnTo ? row.coordinatorId : null;
}

export async function insertAssignment(
  db: Db,
  values: Omit<typeof consultationAssignments.$inferInsert, 'id'>,
): Promise<string> {
  const [row] = await db
    .insert(consultationAssignments)
    .values(values)
    .returning({ id: consultationAssignments.id });
  if (!row) throw new Error('assignment insert returned nothing');
  return row.id;
}

export async function findLatestAssignment(db: Db, municipalityId: string, consultationId: string) {
  const [row] = await db
    .select()
    .from(consultationAssignments)
    .where(
      ofMunicipality(
        consultationAssignments,
        municipalityId,
        eq(consultationAssignments.consultationId, consultationId),
      ),
    )
    .orderBy(desc(consultationAssignments.decidedAt))
    .limit(1);
  return row ?? null;
}
