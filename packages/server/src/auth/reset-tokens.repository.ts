import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { passwordResetTokens, users } from '../platform/db/schema/index.ts';

/** Reset links are network-wide like sign-in: a token names one account on its own. */
export async function insertResetToken(
  db: Db,
  values: { userId: string; tokenHash: string; expiresAt: Date },
): Promise<void> {
  await db.insert(passwordResetTokens).values(values);
}

export async function findResetToken(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ reset: passwordResetTokens, user: users })
    .from(passwordResetTokens)
    .innerJoin(users, eq(users.id, passwordResetTokens.userId))
    .where(eq(passwordResetTokens.tokenHash, tokenHash))
    .limit(1);
  return row ?? null;
}

/** Marks every unused link of the account used; true when `resetId` was among them. */
export async function useResetTokens(
  db: Db,
  { userId, resetId, now }: { userId: string; resetId: string; now: Date },
): Promise<boolean> {
  const used = await db
    .update(passwordResetTokens)
    .set({ usedAt: now })
    .where(and(eq(passwordResetTokens.userId, userId), isNull(passwordResetTokens.usedAt)))
    .returning({ id: passwordResetTokens.id });
  return used.some((row) => row.id === resetId);
}

/** A new password ends any second-factor lock too: the person proved they own the mail. */
export async function setPasswordHash(db: Db, userId: string, passwordHash: string) {
  await db
    .update(users)
    .set({ passwordHash, failedSignIns: 0, lockedUntil: null })
    .where(eq(users.id, userId));
}
