import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { coordinatorLicences, users } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type LicenceRow = typeof coordinatorLicences.$inferSelect;

/** Only a licence a supervisor checked against the register lets someone take consultations. */
export async function hasVerifiedLicence(
  db: Db,
  municipalityId: string,
  userId: string,
): Promise<boolean> {
  const [row] = await db
    .select({ verification: coordinatorLicences.verification })
    .from(coordinatorLicences)
    .where(
      ofMunicipality(coordinatorLicences, municipalityId, eq(coordinatorLicences.userId, userId)),
    )
    .limit(1);
  return row?.verification === 'verified';
}

export async function insertLicence(
  db: Db,
  municipalityId: string,
  values: Omit<typeof coordinatorLicences.$inferInsert, 'municipalityId'>,
): Promise<void> {
  await db.insert(coordinatorLicences).values({ ...values, municipalityId });
}

export async function setLicenceVerificationOf(
  db: Db,
  municipalityId: string,
  userId: string,
  verification: { verification: 'verified' | 'rejected'; verifiedBy: string; verifiedAt: Date },
): Promise<void> {
  await db
    .update(coordinatorLicences)
    .set(verification)
    .where(
      ofMunicipality(coordinatorLicences, municipalityId, eq(coordinatorLicences.userId, userId)),
    );
}

/** Coordinators and supervisors of the municipality (or one of them) with their licences, by role. */
export async function findCareTeamRows(db: Db, municipalityId: string, userId?: string) {
  return db
    .select({ user: users, licence: coordinatorLicences })
    .from(users)
    .leftJoin(coordinatorLicences, eq(coordinatorLicences.userId, users.id))
    .where(
      ofMunicipality(
        users,
        municipalityId,
        inArray(users.role, ['coordinator', 'supervisor']),
        userId ? eq(users.id, userId) : undefined,
      ),
    )
    .orderBy(asc(users.role));
}
