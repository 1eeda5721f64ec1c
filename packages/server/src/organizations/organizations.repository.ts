import { asc, count, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { organizations, users } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type OrganizationRow = typeof organizations.$inferSelect;

export async function findOrganization(db: Db, municipalityId: string, id: string) {
  const [row] = await db
    .select()
    .from(organizations)
    .where(ofMunicipality(organizations, municipalityId, eq(organizations.id, id)))
    .limit(1);
  return row ?? null;
}

export async function listOrganizations(db: Db, municipalityId: string) {
  return db
    .select()
    .from(organizations)
    .where(ofMunicipality(organizations, municipalityId))
    .orderBy(asc(organizations.name));
}

export async function insertOrganization(
  db: Db,
  municipalityId: string,
  values: Omit<typeof organizations.$inferInsert, 'municipalityId' | 'id' | 'createdAt'>,
) {
  const [row] = await db
    .insert(organizations)
    .values({ ...values, municipalityId })
    .returning();
  if (!row) throw new Error('organization insert returned nothing');
  return row;
}

export async function updateOrganization(
  db: Db,
  municipalityId: string,
  id: string,
  values: Partial<Omit<typeof organizations.$inferInsert, 'municipalityId' | 'id' | 'createdAt'>>,
) {
  const [row] = await db
    .update(organizations)
    .set(values)
    .where(ofMunicipality(organizations, municipalityId, eq(organizations.id, id)))
    .returning();
  return row ?? null;
}

/** Active people enrolled through an employer, by role; counts only, never rows. */
export async function countEnrolled(db: Db, municipalityId: string, organizationId: string) {
  const rows = await db
    .select({ role: users.role, n: count() })
    .from(users)
    .where(
      ofMunicipality(
        users,
        municipalityId,
        eq(users.organizationId, organizationId),
        eq(users.status, 'active'),
      ),
    )
    .groupBy(users.role);
  const of = (role: string) => rows.find((r) => r.role === role)?.n ?? 0;
  return { workers: of('worker'), familyMembers: of('family') };
}
