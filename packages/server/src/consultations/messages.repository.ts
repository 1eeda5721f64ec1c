import { asc, eq, gt, inArray, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../platform/db/database.ts';
import { consultationMessages } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type MessageRow = typeof consultationMessages.$inferSelect;

/** One entry for the message log: a party's message, a system line or a call's entry. */
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
  /** text unless said (a call's entry is 'call'). */
  kind?: MessageRow['kind'] | undefined;
  attachments?: MessageRow['attachments'] | undefined;
  /**
   * When given, the coordinator the sender was authorized against (null: nobody): the
   * entry is appended only if the consultation is still assigned so when it is written
   * (the same for every entry of one consultation in a batch).
   */
  expectedAssigneeId?: string | null | undefined;
};

/** A message's place in its consultation: the client id is unique there. */
const logKey = (consultationId: string, clientMsgId: string) => `${consultationId}/${clientMsgId}`;

/**
 * THE way into the message log. Appends entries, of any consultations and municipalities,
 * in ONE statement (one commit): each consultation's number is raised by its count of new
 * entries, which locks its row, and its entries take the numbers in the order given.
 * Entries whose consultation is closed or no longer assigned as expected, whose client id
 * is already in the log, or which repeat an earlier entry of the batch, are not inserted
 * (the caller tells which by looking them up); a client id committed by a racing statement
 * makes the whole statement fail with a unique violation, undoing every number it took,
 * so each log stays gap-free. Returns, for each entry in order, its new row, or null when
 * that very entry was not inserted.
 */
export async function appendMessages(
  db: Db,
  entries: readonly AppendEntry[],
): Promise<(MessageRow | null)[]> {
  const ordOf = new Map<string, number>();
  const expected = new Map<string, string | null | undefined>();
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
        kind: entry.kind ?? 'text',
        body_sealed: entry.bodySealed,
        attachments: entry.attachments ?? [],
        created_at: entry.createdAt.toISOString(),
        check_assignee: entry.expectedAssigneeId !== undefined,
        expected_assignee_id: entry.expectedAssigneeId ?? null,
      },
    ];
  });
  const appended: (MessageRow | null)[] = entries.map(() => null);
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
            sender_user_id uuid, sender_role text, kind text, body_sealed text, attachments jsonb,
            created_at timestamptz, check_assignee boolean, expected_assignee_id uuid)
          where not exists (
            select 1 from consultation_messages m
            where m.consultation_id = i.consultation_id and m.client_msg_id = i.client_msg_id)
        ),
        counts as (
          select municipality_id, consultation_id, check_assignee, expected_assignee_id,
            count(*)::int as n
          from input
          group by municipality_id, consultation_id, check_assignee, expected_assignee_id
        ),
        bumped as (
          update consultations c set last_seq = c.last_seq + counts.n
          from counts
          where c.municipality_id = counts.municipality_id and c.id = counts.consultation_id
            and c.status <> 'closed'
            and (not counts.check_assignee
              or c.assigned_coordinator_id is not distinct from counts.expected_assignee_id)
          returning c.id, c.municipality_id, c.last_seq - counts.n as first_seq
        )
        insert into consultation_messages
          (municipality_id, consultation_id, seq, client_msg_id, sender_user_id, sender_role,
           kind, body_sealed, attachments, created_at)
        select i.municipality_id, i.consultation_id,
          b.first_seq + row_number() over (partition by i.consultation_id order by i.ord),
          i.client_msg_id, i.sender_user_id, i.sender_role, i.kind, i.body_sealed,
          i.attachments, i.created_at
        from input i
        join bumped b on b.id = i.consultation_id and b.municipality_id = i.municipality_id
        returning id, consultation_id, client_msg_id, seq`,
  );
  for (const row of rows) {
    const ord = ordOf.get(logKey(row.consultation_id, row.client_msg_id))!;
    const entry = entries[ord]!;
    appended[ord] = {
      id: row.id,
      municipalityId: entry.municipalityId,
      consultationId: entry.consultationId,
      // bigint arrives as a string from node-postgres.
      seq: Number(row.seq),
      clientMsgId: entry.clientMsgId,
      senderUserId: entry.senderUserId,
      senderRole: entry.senderRole,
      kind: entry.kind ?? 'text',
      bodySealed: entry.bodySealed,
      attachments: entry.attachments ?? [],
      createdAt: entry.createdAt,
    };
  }
  return appended;
}

/** One entry through appendMessages: its row, or null when it was not appended. */
export async function appendMessage(db: Db, entry: AppendEntry): Promise<MessageRow | null> {
  const [row] = await appendMessages(db, [entry]);
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
      ofMunicipality(
        consultationMessages,
        municipalityId,
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
      ofMunicipality(
        consultationMessages,
        municipalityId,
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
      ofMunicipality(
        consultationMessages,
        municipalityId,
        eq(consultationMessages.consultationId, consultationId),
        gt(consultationMessages.seq, afterSeq),
      ),
    )
    .orderBy(asc(consultationMessages.seq))
    .limit(limit);
}
