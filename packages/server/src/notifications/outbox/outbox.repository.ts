import { and, asc, eq, inArray, lte, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { notificationOutbox } from '../../platform/db/schema/index.ts';

export type OutboxChannel = 'email' | 'push' | 'line';
export type OutboxRow = typeof notificationOutbox.$inferSelect;

/** One alert or notice: what happened (kind and the id of the event), to whom, how. */
export interface OutboxEntry {
  municipalityId: string;
  kind: string;
  refId: string;
  userId: string;
  channel: OutboxChannel;
}

/** The channel other instances LISTEN on; the payload is empty (rows are read from the table). */
export const outboxChannel = 'notification_outbox';

/**
 * The one "claim a notice once" step: run inside the transaction of the event, so the
 * notices commit with it or not at all. An entry already in the outbox (the same event,
 * recipient and channel) is left alone. The NOTIFY is delivered at commit, to every
 * instance listening; returns the recipient and channel of each entry that is new.
 */
export async function enqueueNotifications(
  tx: Db,
  entries: readonly OutboxEntry[],
  now: Date,
): Promise<Pick<OutboxEntry, 'userId' | 'channel'>[]> {
  if (entries.length === 0) return [];
  const added = await tx
    .insert(notificationOutbox)
    .values(entries.map((entry) => ({ ...entry, nextAttemptAt: now, createdAt: now })))
    .onConflictDoNothing()
    .returning({ userId: notificationOutbox.userId, channel: notificationOutbox.channel });
  if (added.length > 0) await tx.execute(sql`select pg_notify(${outboxChannel}, '')`);
  return added.map(({ userId, channel }) => ({ userId, channel: channel as OutboxChannel }));
}

/**
 * For a sweep that queues a notice per row (a reminder): whether the notice of `kind`
 * about the row whose id is `refId` is not in the outbox yet. A row stops being found
 * once its notice is queued, on every instance; two sweeps that race are settled by
 * enqueueNotifications, which adds each notice once.
 */
export function noticeNotQueued(kind: string, refId: AnyColumn): SQL {
  return sql`not exists (select 1 from ${notificationOutbox} where ${notificationOutbox.kind} = ${kind} and ${notificationOutbox.refId} = ${refId})`;
}

/**
 * Takes up to `limit` due rows of one channel for this worker: rows another instance is
 * claiming are skipped (SKIP LOCKED), and each taken row is leased until `leaseUntil`
 * (its next attempt moves there), so a worker that dies mid-delivery leaves it to be
 * taken again then. A system sweep over every municipality.
 */
export async function claimDueNotifications(
  db: Db,
  {
    channel,
    now,
    leaseUntil,
    limit,
  }: { channel: OutboxChannel; now: Date; leaseUntil: Date; limit: number },
): Promise<OutboxRow[]> {
  const due = db
    .select({ id: notificationOutbox.id })
    .from(notificationOutbox)
    .where(
      and(
        eq(notificationOutbox.status, 'pending'),
        eq(notificationOutbox.channel, channel),
        lte(notificationOutbox.nextAttemptAt, now),
      ),
    )
    .orderBy(asc(notificationOutbox.nextAttemptAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(notificationOutbox)
    .set({ attempts: sql`${notificationOutbox.attempts} + 1`, nextAttemptAt: leaseUntil })
    .where(and(inArray(notificationOutbox.id, due), eq(notificationOutbox.status, 'pending')))
    .returning();
}

export type OutboxOutcome =
  | { status: 'sent' | 'skipped'; at: Date }
  | { status: 'failed'; error: string }
  | { status: 'pending'; error: string; retryAt: Date };

export async function recordDelivery(db: Db, id: string, outcome: OutboxOutcome): Promise<void> {
  await db
    .update(notificationOutbox)
    .set(
      outcome.status === 'pending'
        ? { lastError: outcome.error, nextAttemptAt: outcome.retryAt }
        : outcome.status === 'failed'
          ? { status: 'failed', lastError: outcome.error }
          : { status: outcome.status, sentAt: outcome.status === 'sent' ? outcome.at : null },
    )
    .where(eq(notificationOutbox.id, id));
}
