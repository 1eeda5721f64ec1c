import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { consultationMessages } from '../platform/db/schema/index.ts';

export type MessageRow = typeof consultationMessages.$inferSelect;

/**
 * Inserts a message unless one with the same client id is already in the consultation;
 * then it returns null and the caller answers with the original.
 */
export async function insertMessageUnlessSent(
  db: Db,
  municipalityId: string,
  values: Omit<typeof consultationMessages.$inferInsert, 'municipalityId'>,
): Promise<MessageRow | null> {
  const [row] = await db
    .insert(consultationMessages)
    .values({ ...values, municipalityId })
    .onConflictDoNothing({
      target: [consultationMessages.consultationId, consultationMessages.clientMsgId],
    })
    .returning();
  return row ?? null;
}

export async function findMessageByClientId(
  db: Db,
  municipalityId: string,
  consultationId: string,
  clientMsgId: string,
) {
  const [row] = await db
    .select()
    .from(consultationMessages)
    .where(
      and(
        eq(consultationMessages.municipalityId, municipalityId),
        eq(consultationMessages.consultationId, consultationId),
        eq(consultationMessages.clientMsgId, clientMsgId),
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function findMessage(db: Db, municipalityId: string, id: string) {
  const [row] = await db
    .select()
    .from(consultationMessages)
    .where(
      and(eq(consultationMessages.municipalityId, municipalityId), eq(consultationMessages.id, id)),
    )
    .limit(1);
  return row ?? null;
}

/** The log in order, from just after `afterSeq`. */
export async function listMessagesAfter(
  db: Db,
  municipalityId: string,
  consultationId: string,
  afterSeq: number,
  limit: number,
) {
  return db
    .select()
    .from(consultationMessages)
    .where(
      and(
        eq(consultationMessages.municipalityId, municipalityId),
        eq(consultationMessages.consultationId, consultationId),
        gt(consultationMessages.seq, afterSeq),
      ),
    )
    .orderBy(asc(consultationMessages.seq))
    .limit(limit);
}
