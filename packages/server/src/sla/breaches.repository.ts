import type { Db } from '../platform/db/database.ts';
import { slaBreaches } from '../platform/db/schema/index.ts';

/** Records a missed wait once: the id of the new record, or null if it was recorded before. */
export async function insertSlaBreachOnce(
  db: Db,
  municipalityId: string,
  values: Omit<typeof slaBreaches.$inferInsert, 'municipalityId' | 'id'>,
): Promise<string | null> {
  const [inserted] = await db
    .insert(slaBreaches)
    .values({ ...values, municipalityId })
    .onConflictDoNothing()
    .returning({ id: slaBreaches.id });
  return inserted?.id ?? null;
}
