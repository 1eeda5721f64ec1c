import { and, asc, eq, gt, ne, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { consultationMessages, consultations } from '../platform/db/schema/index.ts';

export type MessageRow = typeof consultationMessages.$inferSelect;

/**
 * Appends a person's or the care team's text message to an open consultation's log in ONE statement: the next sequence
 * number is taken (the UPDATE locks the consultation row, serializing senders) and the
 * message inserted with it, so no transaction is needed and each send costs one round
 * trip. A client id already in the log makes the statement fail with a unique violation,
 * which undoes the taken number too: the log stays gap-free. Returns null when the
 * consultation is closed.
 */
export async function appendMessage(
  db: Db,
  municipalityId: string,
  values: Pick<
    MessageRow,
    'consultationId' | 'clientMsgId' | 'senderUserId' | 'senderRole' | 'bodySealed' | 'createdAt'
  > & { attachments?: MessageRow['attachments'] },
): Promise<MessageRow | null> {
  const nextSeq = db.$with('next_seq').as(
    db
      .update(consultations)
      .set({ lastSeq: sql`${consultations.lastSeq} + 1` })
      .where(
        and(
          eq(consultations.municipalityId, municipalityId),
          eq(consultations.id, values.consultationId),
          ne(consultations.status, 'closed'),
        ),
      )
      .returning({ seq: consultations.lastSeq }),
  );
  // Insert-select lists every column in the table's order (drizzle checks it at run time).
  const [row] = await db
    .with(nextSeq)
    .insert(consultationMessages)
    .select(
      db
        .select({
          id: sql`gen_random_uuid()`.as('id'),
          municipalityId: sql`${municipalityId}::uuid`.as('municipality_id'),
          consultationId: sql`${values.consultationId}::uuid`.as('consultation_id'),
          seq: nextSeq.seq,
          clientMsgId: sql`${values.clientMsgId}::uuid`.as('client_msg_id'),
          senderUserId: sql`${values.senderUserId}::uuid`.as('sender_user_id'),
          senderRole: sql`${values.senderRole}`.as('sender_role'),
          kind: sql`'text'`.as('kind'),
          bodySealed: sql`${values.bodySealed}`.as('body_sealed'),
          attachments: sql`${JSON.stringify(values.attachments ?? [])}::jsonb`.as('attachments'),
          createdAt: sql`${values.createdAt.toISOString()}::timestamptz`.as('created_at'),
        })
        .from(nextSeq),
    )
    .returning();
  return row ?? null;
}

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
