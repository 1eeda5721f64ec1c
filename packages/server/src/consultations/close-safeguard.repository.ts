import { and, count, eq, gte, ne } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { appointments, consultationReferrals } from '../platform/db/schema/index.ts';

/** What follows a consultation after it closes: referrals still open, appointments to come. */
export async function countFollowUps(
  db: Db,
  {
    municipalityId,
    consultationId,
    personUserId,
    now,
  }: { municipalityId: string; consultationId: string; personUserId: string; now: Date },
): Promise<{ openReferrals: number; upcomingAppointments: number }> {
  const [referrals] = await db
    .select({ n: count() })
    .from(consultationReferrals)
    .where(
      and(
        eq(consultationReferrals.municipalityId, municipalityId),
        eq(consultationReferrals.consultationId, consultationId),
        ne(consultationReferrals.status, 'closed'),
      ),
    );
  const [booked] = await db
    .select({ n: count() })
    .from(appointments)
    .where(
      and(
        eq(appointments.municipalityId, municipalityId),
        eq(appointments.personUserId, personUserId),
        eq(appointments.status, 'booked'),
        gte(appointments.startsAt, now),
      ),
    );
  return { openReferrals: referrals?.n ?? 0, upcomingAppointments: booked?.n ?? 0 };
}
