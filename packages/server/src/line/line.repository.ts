import { and, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import {
  lineAccounts,
  lineChannels,
  lineLinkNonces,
  linePushCounts,
  lineWebhookEvents,
} from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type LineChannelRow = typeof lineChannels.$inferSelect;
export type LineAccountRow = typeof lineAccounts.$inferSelect;

export async function findLineChannel(db: Db, municipalityId: string) {
  const [row] = await db
    .select()
    .from(lineChannels)
    .where(ofMunicipality(lineChannels, municipalityId));
  return row ?? null;
}

export async function saveLineChannel(
  tx: Db,
  municipalityId: string,
  values: Omit<typeof lineChannels.$inferInsert, 'municipalityId'>,
): Promise<void> {
  await tx
    .insert(lineChannels)
    .values({ ...values, municipalityId })
    .onConflictDoUpdate({ target: lineChannels.municipalityId, set: values });
}

export async function pushedInMonth(db: Db, municipalityId: string, month: string) {
  const [row] = await db
    .select({ pushed: linePushCounts.pushed })
    .from(linePushCounts)
    .where(ofMunicipality(linePushCounts, municipalityId, eq(linePushCounts.month, month)));
  return row?.pushed ?? 0;
}

/**
 * Takes one push of the month's budget, atomically, so instances that push together never
 * spend more than it; false when it is used up.
 */
export async function reservePush(
  db: Db,
  { municipalityId, month, budget }: { municipalityId: string; month: string; budget: number },
): Promise<boolean> {
  await db
    .insert(linePushCounts)
    .values({ municipalityId, month, pushed: 0 })
    .onConflictDoNothing();
  const taken = await db
    .update(linePushCounts)
    .set({ pushed: sql`${linePushCounts.pushed} + 1` })
    .where(
      ofMunicipality(
        linePushCounts,
        municipalityId,
        eq(linePushCounts.month, month),
        sql`${linePushCounts.pushed} < ${budget}`,
      ),
    )
    .returning({ pushed: linePushCounts.pushed });
  return taken.length > 0;
}

/** Gives back a reserved push LINE did not accept. */
export async function releasePush(db: Db, municipalityId: string, month: string): Promise<void> {
  await db
    .update(linePushCounts)
    .set({ pushed: sql`greatest(${linePushCounts.pushed} - 1, 0)` })
    .where(ofMunicipality(linePushCounts, municipalityId, eq(linePushCounts.month, month)));
}

export async function findLineAccountOfUser(db: Db, municipalityId: string, userId: string) {
  const [row] = await db
    .select()
    .from(lineAccounts)
    .where(ofMunicipality(lineAccounts, municipalityId, eq(lineAccounts.userId, userId)));
  return row ?? null;
}

/**
 * Binds a LINE user to an account: one LINE user per account and one account per LINE
 * user, so an earlier link of either is replaced.
 */
export async function bindLineAccount(
  tx: Db,
  municipalityId: string,
  values: { userId: string; lineUserIndex: string; lineUserSealed: string; linkedAt: Date },
): Promise<LineAccountRow> {
  await tx
    .delete(lineAccounts)
    .where(
      ofMunicipality(
        lineAccounts,
        municipalityId,
        or(
          eq(lineAccounts.userId, values.userId),
          eq(lineAccounts.lineUserIndex, values.lineUserIndex),
        ),
      ),
    );
  const [row] = await tx
    .insert(lineAccounts)
    .values({ ...values, municipalityId })
    .returning();
  return row!;
}

/** Block/unfollow (a date) or follow again (null) of a LINE user, linked or not. */
export async function setLineUserBlocked(
  tx: Db,
  municipalityId: string,
  lineUserIndex: string,
  blockedAt: Date | null,
): Promise<void> {
  await tx
    .update(lineAccounts)
    .set({ blockedAt })
    .where(
      ofMunicipality(lineAccounts, municipalityId, eq(lineAccounts.lineUserIndex, lineUserIndex)),
    );
}

export async function isLineUserLinked(db: Db, municipalityId: string, lineUserIndex: string) {
  const [row] = await db
    .select({ id: lineAccounts.id })
    .from(lineAccounts)
    .where(
      ofMunicipality(lineAccounts, municipalityId, eq(lineAccounts.lineUserIndex, lineUserIndex)),
    );
  return row !== undefined;
}

export async function deleteLineAccountOfUser(
  tx: Db,
  municipalityId: string,
  userId: string,
): Promise<boolean> {
  const deleted = await tx
    .delete(lineAccounts)
    .where(ofMunicipality(lineAccounts, municipalityId, eq(lineAccounts.userId, userId)))
    .returning({ id: lineAccounts.id });
  return deleted.length > 0;
}

/** False when this link token already gave a nonce (LINE's token is single-use too). */
export async function insertLinkNonce(
  tx: Db,
  values: {
    municipalityId: string;
    userId: string;
    nonceHash: string;
    linkTokenHash: string;
    expiresAt: Date;
    createdAt: Date;
  },
): Promise<boolean> {
  const added = await tx
    .insert(lineLinkNonces)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: lineLinkNonces.id });
  return added.length > 0;
}

/**
 * Uses a nonce once: marks it used if it is unused and unexpired, and returns whose it is;
 * null for an unknown, used or expired nonce (nothing changes then).
 */
export async function consumeLinkNonce(
  tx: Db,
  municipalityId: string,
  nonceHash: string,
  now: Date,
): Promise<{ userId: string } | null> {
  const [row] = await tx
    .update(lineLinkNonces)
    .set({ usedAt: now })
    .where(
      ofMunicipality(
        lineLinkNonces,
        municipalityId,
        and(
          eq(lineLinkNonces.nonceHash, nonceHash),
          isNull(lineLinkNonces.usedAt),
          gt(lineLinkNonces.expiresAt, now),
        ),
      ),
    )
    .returning({ userId: lineLinkNonces.userId });
  return row ?? null;
}

/** Records a webhook event as processed; false when it was already (a redelivery). */
export async function recordWebhookEvent(
  tx: Db,
  municipalityId: string,
  event: { webhookEventId: string; kind: string; at: Date },
): Promise<boolean> {
  const added = await tx
    .insert(lineWebhookEvents)
    .values({
      municipalityId,
      webhookEventId: event.webhookEventId,
      kind: event.kind,
      receivedAt: event.at,
    })
    .onConflictDoNothing()
    .returning({ id: lineWebhookEvents.webhookEventId });
  return added.length > 0;
}
