import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { signInThrottles } from '../platform/db/schema/index.ts';
import { throttleMemoryMs } from './sign-in-throttle.ts';

export type ThrottleRow = typeof signInThrottles.$inferSelect;

/** Sign-in is network-wide, so are its counters: keys are hashes, not tenant rows. */
export async function loadThrottles(db: Db, keys: string[]): Promise<ThrottleRow[]> {
  return db.select().from(signInThrottles).where(inArray(signInThrottles.key, keys));
}

/** Counts one failure against each key; a count older than a day starts again at one. */
export async function countThrottleFailure(db: Db, keys: string[], now: Date): Promise<void> {
  const forgetBefore = new Date(now.getTime() - throttleMemoryMs);
  await db
    .insert(signInThrottles)
    .values(keys.map((key) => ({ key, failures: 1, lastFailureAt: now })))
    .onConflictDoUpdate({
      target: signInThrottles.key,
      set: {
        failures: sql`case when ${signInThrottles.lastFailureAt} < ${forgetBefore.toISOString()}::timestamptz then 1 else ${signInThrottles.failures} + 1 end`,
        lastFailureAt: now,
      },
    });
}

export async function clearThrottles(db: Db, keys: string[]): Promise<void> {
  await db.delete(signInThrottles).where(inArray(signInThrottles.key, keys));
}
