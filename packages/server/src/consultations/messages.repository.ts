import { and, asc, eq, gt, inArray, ne, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../platform/db/database.ts';
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

export type AppendEntry = Pick<
  MessageRow,
  | 'municipalityId'
  | 'consultationId'
  | 'clientMsgId'
  | 'senderUserId'
  | 'senderRole'
  | 'bodySealed'
  | 'createdAt'
> & {
  /**
   * The coordinator the sender was authorized against: the message is appended only if
   * the consultation is still assigned so when it is written (the same for every entry of
   * one consultation in a batch).
   */
  expectedAssigneeId: string | null;
};

/** A message's place in its consultation: the client id is unique there. */
const logKey = (consultationId: string, clientMsgId: string) => `${consultationId}/${clientMsgId}`;

/**
 * Appends many text messages, of any consultations and municipalities, in ONE statement
 * (one commit): each consultation's number is raised by its count of new messages, which
 * locks its row, and its messages take the numbers in the order given. Entries whose
 * consultation is closed or no longer assigned as expected, whose client id is already in
 * the log, or which repeat an earlier entry of the batch, are not inserted (the caller
 * tells which by looking them up); a client id committed by a racing statement makes the
 * whole statement fail with a unique violation, undoing every number it took, so each log
 * stays gap-free. Returns, for each entry in order, its new row's id and number, or null
 * when that very entry was not inserted.
 */
export async function appendMessages(
  db: Db,
  entries: readonly AppendEntry[],
): Promise<({ id: string; seq: number } | null)[]> {
  const ordOf = new Map<string, number>();
  const expected = new Map<string, string | null>();
  const input = entries.flatMap((entry, ord) => {
    const key = logKey(entry.consultationId, entry.clientMsgId);
    if (ordOf.has(key)) return [];
    ordOf.set(key, ord);
    if (
      expected.has(entry.consultationId) &&
      expected.get(entry.consultationId) !== entry.expectedAssigneeId
    ) {
      throw new Error('appendMessages: one consultation with two expected assignees');
    }
    expected.set(entry.consultationId, entry.expectedAssigneeId);
    return [
      {
        ord,
        municipality_id: entry.municipalityId,
        consultation_id: entry.consultationId,
        client_msg_id: entry.clientMsgId,
        sender_user_id: entry.senderUserId,
        sender_role: entry.senderRole,
        body_sealed: entry.bodySealed,
        created_at: entry.createdAt.toISOString(),
        expected_assignee_id: entry.expectedAssigneeId,
      },
    ];
  });
  const appended: ({ id: string; seq: number } | null)[] = entries.map(() => null);
  if (input.length === 0) return appended;
  // One JSON parameter carries the batch: the same on every driver, whatever its size.
  const rows = await queryRows<{
    id: string;
    consultation_id: string;
    client_msg_id: string;
    seq: number | string;
  }>(
    db,
    sql`with input as (
          select i.* from jsonb_to_recordset(${JSON.stringify(input)}::jsonb) as i(
            ord int, municipality_id uuid, consultation_id uuid, client_msg_id uuid,
            sender_user_id uuid, sender_role text, body_sealed text, created_at timestamptz,
            expected_assignee_id uuid)
          where not exists (
            select 1 from consultation_messages m
            where m.consultation_id = i.consultation_id and m.client_msg_id = i.client_msg_id)
        ),
        counts as (
          select municipality_id, consultation_id, expected_assignee_id, count(*)::int as n
          from input group by municipality_id, consultation_id, expected_assignee_id
        ),
        bumped as (
          update consultations c set last_seq = c.last_seq + counts.n
          from counts
          where c.municipality_id = counts.municipality_id and c.id = counts.consultation_id
            and c.status <> 'closed'
            and c.assigned_coordinator_id is not distinct from counts.expected_assignee_id
          returning c.id, c.municipality_id, c.last_seq - counts.n as first_seq
        )
        insert into consultation_messages
          (municipality_id, consultation_id, seq, client_msg_id, sender_user_id, sender_role,
           kind, body_sealed, attachments, created_at)
        select i.municipality_id, i.consultation_id,
          b.first_seq + row_number() over (partition by i.consultation_id order by i.ord),
          i.client_msg_id, i.sender_user_id, i.sender_role, 'text', i.body_sealed, '[]'::jsonb,
          i.created_at
        from input i
        join bumped b on b.id = i.consultation_id and b.municipality_id = i.municipality_id
        returning id, consultation_id, client_msg_id, seq`,
  );
  for (const row of rows) {
    const ord = ordOf.get(logKey(row.consultation_id, row.client_msg_id))!;
    // bigint arrives as a string from node-postgres.
    appended[ord] = { id: row.id, seq: Number(row.seq) };
  }
  return appended;
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

/** Messages of one municipality by id, in each consultation's order. */
export async function findMessagesByIds(db: Db, municipalityId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(consultationMessages)
    .where(
      and(
        eq(consultationMessages.municipalityId, municipalityId),
        inArray(consultationMessages.id, [...ids]),
      ),
    )
    .orderBy(asc(consultationMessages.consultationId), asc(consultationMessages.seq));
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
