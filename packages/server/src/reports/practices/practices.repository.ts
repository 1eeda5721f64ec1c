import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { practices } from '../../platform/db/schema/index.ts';
import { ofMunicipality } from '../../platform/db/tenant-scope.ts';

export type PracticeRow = typeof practices.$inferSelect;

/** The active practices of a municipality among the given ids. */
export async function findPractices(
  db: Db,
  { municipalityId, ids }: { municipalityId: string; ids: readonly string[] },
) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(practices)
    .where(
      ofMunicipality(
        practices,
        municipalityId,
        eq(practices.active, true),
        inArray(practices.id, [...new Set(ids)]),
      ),
    );
}

/** Whether the municipality has any practice, active or removed. */
export async function hasAnyPractice(db: Db, municipalityId: string): Promise<boolean> {
  const [any] = await db
    .select({ id: practices.id })
    .from(practices)
    .where(ofMunicipality(practices, municipalityId))
    .limit(1);
  return any !== undefined;
}

export async function insertPractices(db: Db, rows: (typeof practices.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return db.insert(practices).values(rows).returning();
}

/** The active practices of a municipality, by topic and title. */
export async function listActivePractices(db: Db, municipalityId: string) {
  return db
    .select()
    .from(practices)
    .where(ofMunicipality(practices, municipalityId, eq(practices.active, true)))
    .orderBy(asc(practices.topic), asc(practices.title));
}

/** Changes an active practice; null when there is none by that id. */
export async function updateActivePractice(
  db: Db,
  municipalityId: string,
  id: string,
  values: Partial<typeof practices.$inferInsert>,
  now: Date,
): Promise<PracticeRow | null> {
  const [row] = await db
    .update(practices)
    .set({ ...values, updatedAt: now })
    .where(
      ofMunicipality(practices, municipalityId, eq(practices.id, id), eq(practices.active, true)),
    )
    .returning();
  return row ?? null;
}
