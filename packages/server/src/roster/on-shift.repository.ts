import { and, eq, gt, inArray, lte, type SQL } from 'drizzle-orm';
import type { LicenceType } from '@yorisoi/shared';
import type { Db } from '../platform/db/database.ts';
import { coordinatorLicences, shifts, users } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export interface StaffOnShift {
  userId: string;
  role: string;
  /** null when the query did not ask for a verified licence. */
  licence: LicenceType | null;
}

/**
 * THE query for "who of the care team is on a shift now": active staff of the given
 * roles with a shift covering `now`. `onDutyOnly` leaves out on-call shifts (routing and
 * the waiting estimate count those at their desk); `verifiedLicence` keeps only staff
 * whose licence is verified (only they may take consultations). One row per person.
 */
export async function findStaffOnShift(
  db: Db,
  {
    municipalityId,
    now,
    roles,
    onDutyOnly,
    verifiedLicence,
  }: {
    municipalityId: string;
    now: Date;
    roles: readonly ('coordinator' | 'supervisor')[];
    onDutyOnly: boolean;
    verifiedLicence: boolean;
  },
): Promise<StaffOnShift[]> {
  const conditions: SQL[] = [
    ofMunicipality(users, municipalityId),
    inArray(users.role, [...roles]),
    eq(users.status, 'active'),
    ofMunicipality(shifts, municipalityId),
    lte(shifts.startsAt, now),
    gt(shifts.endsAt, now),
  ];
  if (onDutyOnly) conditions.push(eq(shifts.kind, 'on_duty'));
  const base = db
    .selectDistinct({
      userId: users.id,
      role: users.role,
      licence: coordinatorLicences.licenceType,
    })
    .from(users)
    .innerJoin(shifts, eq(shifts.userId, users.id))
    .leftJoin(coordinatorLicences, eq(coordinatorLicences.userId, users.id));
  if (verifiedLicence) conditions.push(eq(coordinatorLicences.verification, 'verified'));
  const rows = await base.where(and(...conditions));
  return rows.map((row) => ({
    userId: row.userId,
    role: row.role,
    licence: verifiedLicence ? (row.licence as LicenceType) : null,
  }));
}
