import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { activationTokens, users } from '../platform/db/schema/index.ts';

/**
 * Activation links are network-wide, like sign-in: the token alone finds its account,
 * which a network admin may have invited with no municipality.
 */
export async function insertActivationToken(
  db: Db,
  values: { tokenHash: string; userId: string; expiresAt: Date },
): Promise<void> {
  await db.insert(activationTokens).values(values);
}

/** An unused, unexpired token of an account still waiting to be activated. */
export async function findUsableActivation(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ activation: activationTokens, user: users })
    .from(activationTokens)
    .innerJoin(users, eq(users.id, activationTokens.userId))
    .where(
      and(
        eq(activationTokens.tokenHash, tokenHash),
        isNull(activationTokens.usedAt),
        gt(activationTokens.expiresAt, now),
        eq(users.status, 'invited'),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** Uses a token once: false if another request used it first. */
export async function markActivationUsed(db: Db, id: string, now: Date): Promise<boolean> {
  const used = await db
    .update(activationTokens)
    .set({ usedAt: now })
    .where(and(eq(activationTokens.id, id), isNull(activationTokens.usedAt)))
    .returning({ id: activationTokens.id });
  return used.length > 0;
}
