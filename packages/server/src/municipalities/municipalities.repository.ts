import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { municipalities, organizations, users } from '../platform/db/schema/index.ts';

/*
 * The network admin's view of the tenants themselves: these queries span municipalities
 * by design and return counts, never people.
 */

export type MunicipalityRow = typeof municipalities.$inferSelect;

export async function listAllMunicipalities(db: Db): Promise<MunicipalityRow[]> {
  return db.select().from(municipalities).orderBy(asc(municipalities.code));
}

export async function countOrganizationsPerMunicipality(db: Db) {
  return db
    .select({ municipalityId: organizations.municipalityId, n: count() })
    .from(organizations)
    .groupBy(organizations.municipalityId);
}

/** Active workers and family members per municipality. */
export async function countEnrolledPeoplePerMunicipality(db: Db) {
  return db
    .select({ municipalityId: users.municipalityId, n: count() })
    .from(users)
    .where(and(inArray(users.role, ['worker', 'family']), eq(users.status, 'active')))
    .groupBy(users.municipalityId);
}

export async function insertMunicipality(
  db: Db,
  values: Pick<
    typeof municipalities.$inferInsert,
    'code' | 'name' | 'prefecture' | 'consortiumName'
  >,
): Promise<MunicipalityRow> {
  const [row] = await db.insert(municipalities).values(values).returning();
  if (!row) throw new Error('municipality insert returned nothing');
  return row;
}
