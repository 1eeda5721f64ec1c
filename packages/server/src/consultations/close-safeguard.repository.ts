import { count, eq, gte, ne } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import {
  appointments,
  closeApprovalRequests,
  consultationCheckIns,
  consultationReferrals,
} from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

/**
 * What follows a consultation after it closes: referrals still open, appointments to come,
 * check-ins the care team scheduled.
 */
export async function countFollowUps(
  db: Db,
  {
    municipalityId,
    consultationId,
    personUserId,
    now,
  }: { municipalityId: string; consultationId: string; personUserId: string; now: Date },
): Promise<{ openReferrals: number; upcomingAppointments: number; scheduledCheckIns: number }> {
  const [referrals] = await db
    .select({ n: count() })
    .from(consultationReferrals)
    .where(
      ofMunicipality(
        consultationReferrals,
        municipalityId,
        eq(consultationReferrals.consultationId, consultationId),
        ne(consultationReferrals.status, 'closed'),
      ),
    );
  const [booked] = await db
    .select({ n: count() })
    .from(appointments)
    .where(
      ofMunicipality(
        appointments,
        municipalityId,
        eq(appointments.personUserId, personUserId),
        eq(appointments.status, 'booked'),
        gte(appointments.startsAt, now),
      ),
    );
  const [checkIns] = await db
    .select({ n: count() })
    .from(consultationCheckIns)
    .where(
      ofMunicipality(
        consultationCheckIns,
        municipalityId,
        eq(consultationCheckIns.consultationId, consultationId),
        eq(consultationCheckIns.status, 'scheduled'),
      ),
    );
  return {
    openReferrals: referrals?.n ?? 0,
    upcomingAppointments: booked?.n ?? 0,
    scheduledCheckIns: checkIns?.n ?? 0,
  };
}

/** Whether a supervisor approved a request to close this consultation without a follow-up. */
export async function hasApprovedCloseRequest(
  db: Db,
  { municipalityId, consultationId }: { municipalityId: string; consultationId: string },
): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(closeApprovalRequests)
    .where(
      ofMunicipality(
        closeApprovalRequests,
        municipalityId,
        eq(closeApprovalRequests.consultationId, consultationId),
        eq(closeApprovalRequests.status, 'approved'),
      ),
    );
  return (row?.n ?? 0) > 0;
}
