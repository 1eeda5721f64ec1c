import { eq, gt, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { pushSubscriptions, sessions, users } from '../../platform/db/schema/index.ts';
import { ofMunicipality } from '../../platform/db/tenant-scope.ts';

export type PushSubscriptionRow = typeof pushSubscriptions.$inferSelect;

/**
 * Stores a browser's subscription for a session. The endpoint is unique: the same browser
 * subscribing again (after another person signed in on a shared phone) moves to the new
 * session and account instead of keeping the old one.
 */
export async function upsertPushSubscription(
  db: Db,
  municipalityId: string,
  values: { userId: string; sessionId: string; endpoint: string; p256dh: string; auth: string },
  now: Date,
): Promise<void> {
  await db
    .insert(pushSubscriptions)
    .values({ ...values, municipalityId, createdAt: now })
    .onConflictDoUpdate({
      target: pushSubscriptions.endpoint,
      set: {
        municipalityId,
        userId: values.userId,
        sessionId: values.sessionId,
        p256dh: values.p256dh,
        auth: values.auth,
        createdAt: now,
        lastSuccessAt: null,
      },
    });
}

export async function deleteOwnPushSubscription(
  db: Db,
  municipalityId: string,
  { userId, endpoint }: { userId: string; endpoint: string },
): Promise<number> {
  const deleted = await db
    .delete(pushSubscriptions)
    .where(
      ofMunicipality(
        pushSubscriptions,
        municipalityId,
        eq(pushSubscriptions.userId, userId),
        eq(pushSubscriptions.endpoint, endpoint),
      ),
    )
    .returning({ id: pushSubscriptions.id });
  return deleted.length;
}

/** Subscriptions of these accounts whose session is still live and account still active. */
export async function listLivePushSubscriptions(
  db: Db,
  municipalityId: string,
  userIds: string[],
  now: Date,
): Promise<(PushSubscriptionRow & { locale: string })[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .select({ subscription: pushSubscriptions, locale: users.locale })
    .from(pushSubscriptions)
    .innerJoin(sessions, eq(sessions.id, pushSubscriptions.sessionId))
    .innerJoin(users, eq(users.id, pushSubscriptions.userId))
    .where(
      ofMunicipality(
        [pushSubscriptions, users],
        municipalityId,
        inArray(pushSubscriptions.userId, userIds),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
        eq(users.status, 'active'),
      ),
    );
  return rows.map((r) => ({ ...r.subscription, locale: r.locale }));
}

export async function deletePushSubscriptionById(db: Db, id: string): Promise<void> {
  await db.delete(pushSubscriptions).where(eq(pushSubscriptions.id, id));
}

export async function markPushDelivered(db: Db, ids: string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(pushSubscriptions)
    .set({ lastSuccessAt: now })
    .where(inArray(pushSubscriptions.id, ids));
}
