import { and, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { pushSubscriptions, sessions, users } from '../platform/db/schema/index.ts';

export async function insertSession(
  db: Db,
  values: {
    tokenHash: string;
    userId: string;
    mfaVerified: boolean;
    userAgent: string | null;
    expiresAt: Date;
  },
): Promise<string> {
  const [row] = await db.insert(sessions).values(values).returning({ id: sessions.id });
  if (!row) throw new Error('session insert returned nothing');
  return row.id;
}

/** A live session with its user, or null if unknown, revoked, expired or the user is not active. */
export async function findLiveSession(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, tokenHash),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
        eq(users.status, 'active'),
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function touchSession(db: Db, sessionId: string, now: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, sessionId));
}

export async function markSessionMfaVerified(db: Db, sessionId: string): Promise<void> {
  await db.update(sessions).set({ mfaVerified: true }).where(eq(sessions.id, sessionId));
}

export async function revokeSession(db: Db, sessionId: string, now: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
  // A signed-out device must not keep receiving notifications for the account.
  await db.delete(pushSubscriptions).where(eq(pushSubscriptions.sessionId, sessionId));
}

export async function revokeAllSessionsOfUser(db: Db, userId: string, now: Date): Promise<number> {
  const revoked = await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  await db.delete(pushSubscriptions).where(eq(pushSubscriptions.userId, userId));
  return revoked.length;
}

export async function listLiveSessionsOfUser(db: Db, userId: string, now: Date) {
  return db
    .select()
    .from(sessions)
    .where(
      and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)),
    )
    .orderBy(sessions.createdAt);
}

/** Which of these sessions are still live, with their user's current role and tenant. */
export async function listLiveSessionsByIds(db: Db, sessionIds: string[], now: Date) {
  if (sessionIds.length === 0) return [];
  return db
    .select({ sessionId: sessions.id, role: users.role, municipalityId: users.municipalityId })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        inArray(sessions.id, sessionIds),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
        eq(users.status, 'active'),
      ),
    );
}
