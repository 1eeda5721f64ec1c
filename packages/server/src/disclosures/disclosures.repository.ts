import { desc, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import {
  consultations,
  identityDisclosures,
  organizations,
  users,
} from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type DisclosureRow = typeof identityDisclosures.$inferSelect;

/** The person behind a consultation (sealed identity) and their employer's name. */
export async function findConsultingPerson(db: Db, municipalityId: string, consultationId: string) {
  const [person] = await db
    .select({
      id: users.id,
      identitySealed: users.identitySealed,
      organization: organizations.name,
    })
    .from(consultations)
    .innerJoin(users, eq(users.id, consultations.personUserId))
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(ofMunicipality(consultations, municipalityId, eq(consultations.id, consultationId)))
    .limit(1);
  return person ?? null;
}

export async function insertDisclosure(
  db: Db,
  municipalityId: string,
  values: Omit<typeof identityDisclosures.$inferInsert, 'municipalityId'>,
): Promise<DisclosureRow> {
  const [created] = await db
    .insert(identityDisclosures)
    .values({ ...values, municipalityId })
    .returning();
  if (!created) throw new Error('disclosure insert returned nothing');
  return created;
}

/** The municipality's latest requests, newest first. */
export async function listDisclosuresOf(db: Db, municipalityId: string, limit: number) {
  return db
    .select()
    .from(identityDisclosures)
    .where(ofMunicipality(identityDisclosures, municipalityId))
    .orderBy(desc(identityDisclosures.createdAt))
    .limit(limit);
}

export async function findDisclosure(
  db: Db,
  municipalityId: string,
  id: string,
): Promise<DisclosureRow | null> {
  const [found] = await db
    .select()
    .from(identityDisclosures)
    .where(ofMunicipality(identityDisclosures, municipalityId, eq(identityDisclosures.id, id)))
    .limit(1);
  return found ?? null;
}

/** Decides a pending request; null if another supervisor decided it first. */
export async function decidePending(
  db: Db,
  municipalityId: string,
  id: string,
  decision: { status: 'approved' | 'rejected'; decidedBy: string; decidedAt: Date },
): Promise<DisclosureRow | null> {
  const [decided] = await db
    .update(identityDisclosures)
    .set(decision)
    .where(
      ofMunicipality(
        identityDisclosures,
        municipalityId,
        eq(identityDisclosures.id, id),
        eq(identityDisclosures.status, 'pending'),
      ),
    )
    .returning();
  return decided ?? null;
}

/** Approved disclosures of the person's own consultations, latest decision first. */
export async function listApprovedDisclosuresAbout(
  db: Db,
  municipalityId: string,
  personUserId: string,
): Promise<DisclosureRow[]> {
  const rows = await db
    .select({ disclosure: identityDisclosures })
    .from(identityDisclosures)
    .innerJoin(consultations, eq(consultations.id, identityDisclosures.consultationId))
    .where(
      ofMunicipality(
        identityDisclosures,
        municipalityId,
        eq(consultations.personUserId, personUserId),
        eq(identityDisclosures.status, 'approved'),
      ),
    )
    .orderBy(desc(identityDisclosures.decidedAt));
  return rows.map(({ disclosure }) => disclosure);
}
