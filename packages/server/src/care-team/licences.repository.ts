import { and, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { coordinatorLicences } from '../platform/db/schema/index.ts';

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
      and(
        eq(coordinatorLicences.municipalityId, municipalityId),
        eq(coordinatorLicences.userId, userId),
      ),
    )
    .limit(1);
  return row?.verification === 'verified';
}
