import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { practices } from '../../platform/db/schema/index.ts';

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
      and(
        eq(practices.municipalityId, municipalityId),
        eq(practices.active, true),
        inArray(practices.id, [...new Set(ids)]),
      ),
    );
}
