import { desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import {
  familyLinks,
  inviteCodes,
  municipalities,
  organizations,
} from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';
import { isUniqueViolation } from '../platform/errors.ts';

export type InviteCodeRow = typeof inviteCodes.$inferSelect;

/** Network-wide lookup: the code itself says which municipality it belongs to. */
export async function findInviteByCode(
  db: Db,
  code: string,
  { forUpdate }: { forUpdate: boolean },
) {
  const query = db.select().from(inviteCodes).where(eq(inviteCodes.code, code)).limit(1);
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/** A municipality's invite codes meeting every condition, newest first. */
function selectInviteCodes(db: Db, municipalityId: string, ...conditions: SQL[]) {
  return db
    .select()
    .from(inviteCodes)
    .where(ofMunicipality(inviteCodes, municipalityId, ...conditions))
    .orderBy(desc(inviteCodes.createdAt));
}

export async function listCompanyCodes(db: Db, municipalityId: string, organizationId: string) {
  return selectInviteCodes(
    db,
    municipalityId,
    eq(inviteCodes.organizationId, organizationId),
    eq(inviteCodes.kind, 'worker'),
  );
}

export async function listFamilyCodesOf(db: Db, municipalityId: string, sponsorUserId: string) {
  return selectInviteCodes(
    db,
    municipalityId,
    eq(inviteCodes.sponsorUserId, sponsorUserId),
    eq(inviteCodes.kind, 'family'),
  );
}

export async function findInviteById(db: Db, municipalityId: string, id: string) {
  const [row] = await db
    .select()
    .from(inviteCodes)
    .where(ofMunicipality(inviteCodes, municipalityId, eq(inviteCodes.id, id)))
    .limit(1);
  return row ?? null;
}

/** Inserts with a fresh code, trying again on the (astronomically rare) collision. */
export async function insertInviteCode(
  db: Db,
  values: Omit<typeof inviteCodes.$inferInsert, 'code'>,
  makeCode: () => string,
): Promise<InviteCodeRow> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(inviteCodes)
          .values({ ...values, code: makeCode() })
          .returning();
        if (!row) throw new Error('invite insert returned nothing');
        return row;
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

export async function revokeInvite(db: Db, municipalityId: string, id: string, now: Date) {
  const [row] = await db
    .update(inviteCodes)
    .set({ revokedAt: sql`coalesce(${inviteCodes.revokedAt}, ${now.toISOString()}::timestamptz)` })
    .where(ofMunicipality(inviteCodes, municipalityId, eq(inviteCodes.id, id)))
    .returning();
  return row ?? null;
}

export async function countInviteUse(db: Db, id: string, now: Date) {
  await db
    .update(inviteCodes)
    .set({ uses: sql`${inviteCodes.uses} + 1`, lastUsedAt: now })
    .where(eq(inviteCodes.id, id));
}

/** The code of a sign-up being confirmed, locked so that its last use is taken once. */
export async function lockInviteById(db: Db, municipalityId: string, id: string) {
  const [row] = await db
    .select()
    .from(inviteCodes)
    .where(ofMunicipality(inviteCodes, municipalityId, eq(inviteCodes.id, id)))
    .limit(1)
    .for('update');
  return row ?? null;
}

/** The employer and municipality a code belongs to, as a person about to sign up sees them. */
export async function findInviteEmployer(db: Db, municipalityId: string, organizationId: string) {
  const [row] = await db
    .select({ organizationName: organizations.name, municipalityName: municipalities.name })
    .from(organizations)
    .innerJoin(municipalities, eq(municipalities.id, organizations.municipalityId))
    .where(ofMunicipality(organizations, municipalityId, eq(organizations.id, organizationId)))
    .limit(1);
  return row ?? null;
}

export async function insertFamilyLink(
  db: Db,
  municipalityId: string,
  link: { familyUserId: string; workerUserId: string },
): Promise<void> {
  await db.insert(familyLinks).values({ ...link, municipalityId });
}

/** The family links a person is on, as the family member or as the sponsoring worker. */
export async function listFamilyLinksOf(db: Db, municipalityId: string, userId: string) {
  return db
    .select()
    .from(familyLinks)
    .where(
      ofMunicipality(
        familyLinks,
        municipalityId,
        or(eq(familyLinks.familyUserId, userId), eq(familyLinks.workerUserId, userId)),
      ),
    );
}
