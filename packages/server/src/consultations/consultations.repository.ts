import { and, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { consultationMessages, consultations } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type ConsultationRow = typeof consultations.$inferSelect;

export async function findConsultation(db: Db, municipalityId: string, id: string) {
  const [row] = await db
    .select()
    .from(consultations)
    .where(ofMunicipality(consultations, municipalityId, eq(consultations.id, id)))
    .limit(1);
  return row ?? null;
}

/** Several consultations of one municipality at once (a batch of sends authorizes with one read). */
export async function findConsultationsByIds(
  db: Db,
  municipalityId: string,
  ids: readonly string[],
): Promise<ConsultationRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(consultations)
    .where(ofMunicipality(consultations, municipalityId, inArray(consultations.id, [...ids])));
}

/** The consultation a person started with this first message, if the start is a retry. */
export async function findConsultationStartedWith(
  db: Db,
  municipalityId: string,
  personUserId: string,
  clientMsgId: string,
) {
  const [row] = await db
    .select({ consultation: consultations })
    .from(consultations)
    .innerJoin(
      consultationMessages,
      and(
        eq(consultationMessages.consultationId, consultations.id),
        eq(consultationMessages.clientMsgId, clientMsgId),
        eq(consultationMessages.seq, 1),
      ),
    )
    .where(
      ofMunicipality(consultations, municipalityId, eq(consultations.personUserId, personUserId)),
    )
    .limit(1);
  return row?.consultation ?? null;
}

export async function insertConsultation(
  db: Db,
  municipalityId: string,
  values: Omit<typeof consultations.$inferInsert, 'municipalityId'>,
): Promise<ConsultationRow> {
  const [row] = await db
    .insert(consultations)
    .values({ ...values, municipalityId })
    .returning();
  if (!row) throw new Error('consultation insert returned nothing');
  return row;
}

export async function listConsultationsOfPerson(
  db: Db,
  municipalityId: string,
  personUserId: string,
) {
  return db
    .select()
    .from(consultations)
    .where(
      ofMunicipality(consultations, municipalityId, eq(consultations.personUserId, personUserId)),
    )
    .orderBy(desc(consultations.createdAt));
}

/** A member of the care team's consultations, newest first; `openOnly` leaves out the closed. */
export async function listConsultationsAssignedTo(
  db: Db,
  municipalityId: string,
  coordinatorId: string,
  { openOnly = false }: { openOnly?: boolean } = {},
) {
  return db
    .select()
    .from(consultations)
    .where(
      ofMunicipality(
        consultations,
        municipalityId,
        eq(consultations.assignedCoordinatorId, coordinatorId),
        openOnly ? ne(consultations.status, 'closed') : undefined,
      ),
    )
    .orderBy(desc(consultations.createdAt));
}

/** Takes a waiting consultation; null if someone else took it first or it is not waiting. */
export async function assignQueued(
  db: Db,
  municipalityId: string,
  id: string,
  coordinatorId: string,
) {
  const [row] = await db
    .update(consultations)
    .set({ status: 'active', assignedCoordinatorId: coordinatorId })
    .where(
      ofMunicipality(
        consultations,
        municipalityId,
        eq(consultations.id, id),
        eq(consultations.status, 'queued'),
      ),
    )
    .returning();
  return row ?? null;
}

/**
 * Serialises two starts by the same person (a double tap, a retry racing the original)
 * until the transaction ends, so they make one consultation.
 */
export async function lockConsultationStart(tx: Db, personUserId: string): Promise<void> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`consultation.start:${personUserId}`}, 0))`,
  );
}

/** Hands an open consultation to another coordinator; false if it closed meanwhile. */
export async function reassignOpenConsultation(
  db: Db,
  municipalityId: string,
  id: string,
  coordinatorId: string,
): Promise<boolean> {
  const moved = await db
    .update(consultations)
    .set({ status: 'active', assignedCoordinatorId: coordinatorId })
    .where(
      ofMunicipality(
        consultations,
        municipalityId,
        eq(consultations.id, id),
        inArray(consultations.status, ['queued', 'active']),
      ),
    )
    .returning({ id: consultations.id });
  return moved.length > 0;
}

export async function setConsultationUrgency(
  db: Db,
  municipalityId: string,
  id: string,
  urgency: number,
): Promise<void> {
  await db
    .update(consultations)
    .set({ urgency })
    .where(ofMunicipality(consultations, municipalityId, eq(consultations.id, id)));
}
