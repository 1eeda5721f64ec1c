import { eq } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { slaBreaches } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

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

/** Which target a breach missed, or null when the breach is gone. */
export async function findBreachKind(db: Db, municipalityId: string, breachId: string) {
  const [breach] = await db
    .select({ kind: slaBreaches.kind })
    .from(slaBreaches)
    .where(ofMunicipality(slaBreaches, municipalityId, eq(slaBreaches.id, breachId)));
  return breach?.kind ?? null;
}
