import { eq, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { users } from '../platform/db/schema/index.ts';
import { AppError, isUniqueViolation } from '../platform/errors.ts';

export type UserRow = typeof users.$inferSelect;

/** Sign-in is network-wide: an email address identifies one account on the installation. */
export async function findUserByEmail(db: Db, email: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  return row ?? null;
}

export async function findUserById(db: Db, userId: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  return row ?? null;
}

export async function insertUser(db: Db, values: typeof users.$inferInsert): Promise<UserRow> {
  try {
    const [row] = await db.insert(users).values(values).returning();
    if (!row) throw new Error('user insert returned nothing');
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('EMAIL_TAKEN', { cause: error });
    throw error;
  }
}

/** Counts a failed attempt and returns the new count, atomically across instances. */
export async function incrementFailedSignIns(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .update(users)
    .set({ failedSignIns: sql`${users.failedSignIns} + 1` })
    .where(eq(users.id, userId))
    .returning({ failedSignIns: users.failedSignIns });
  return row?.failedSignIns ?? 0;
}

export async function lockUser(db: Db, userId: string, until: Date): Promise<void> {
  await db.update(users).set({ lockedUntil: until, failedSignIns: 0 }).where(eq(users.id, userId));
}
