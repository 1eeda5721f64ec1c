import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { consultationMessages, consultations } from '../platform/db/schema/index.ts';

export type ConsultationRow = typeof consultations.$inferSelect;

export async function findConsultation(db: Db, municipalityId: string, id: string) {
  const [row] = await db
    .select()
    .from(consultations)
    .where(and(eq(consultations.municipalityId, municipalityId), eq(consultations.id, id)))
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
    .where(
      and(eq(consultations.municipalityId, municipalityId), inArray(consultations.id, [...ids])),
    );
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
      and(
        eq(consultations.municipalityId, municipalityId),
        eq(consultations.personUserId, personUserId),
      ),
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
      and(
        eq(consultations.municipalityId, municipalityId),
        eq(consultations.personUserId, personUserId),
      ),
    )
    .orderBy(desc(consultations.createdAt));
}

export async function listConsultationsAssignedTo(
  db: Db,
  municipalityId: string,
  coordinatorId: string,
) {
  return db
    .select()
    .from(consultations)
    .where(
      and(
        eq(consultations.municipalityId, municipalityId),
        eq(consultations.assignedCoordinatorId, coordinatorId),
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
      and(
        eq(consultations.municipalityId, municipalityId),
        eq(consultations.id, id),
        eq(consultations.status, 'queued'),
      ),
    )
    .returning();
  return row ?? null;
}
