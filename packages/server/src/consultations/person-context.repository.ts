import { and, asc, desc, eq, gte, inArray } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { openIdentity, type IdentityCrypto } from '../auth/identity-seal.ts';
import {
  appointments,
  consultationCodings,
  consultationRiskFlags,
  consultations,
  organizations,
  users,
} from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

type Scope = { municipalityId: string; personUserId: string };

/** What the person set about themselves that the care team may see. */
export async function findPersonProfile(
  db: Db,
  ctx: IdentityCrypto,
  { municipalityId, personUserId }: Scope,
) {
  const [row] = await db
    .select({
      id: users.id,
      identitySealed: users.identitySealed,
      role: users.role,
      industry: organizations.industry,
    })
    .from(users)
    .leftJoin(
      organizations,
      and(
        eq(organizations.id, users.organizationId),
        ofMunicipality(organizations, municipalityId),
      ),
    )
    .where(ofMunicipality(users, municipalityId, eq(users.id, personUserId)));
  if (!row) return null;
  // Only the nickname the person chose leaves memory; the rest of the identity stays sealed.
  return { nickname: openIdentity(ctx, row).nickname, role: row.role, industry: row.industry };
}

/** The person's consultations with this service, latest first, with their coding. */
export async function listPersonConsultations(
  db: Db,
  { municipalityId, personUserId }: Scope,
  limit: number,
) {
  return db
    .select({
      id: consultations.id,
      createdAt: consultations.createdAt,
      closedAt: consultations.closedAt,
      status: consultations.status,
      topics: consultations.topics,
      assigneeId: consultations.assignedCoordinatorId,
      severity: consultationCodings.severity,
      outcome: consultationCodings.outcome,
      lifeEvents: consultationCodings.lifeEvents,
      referralTypes: consultationCodings.referralTypes,
    })
    .from(consultations)
    .leftJoin(consultationCodings, eq(consultationCodings.consultationId, consultations.id))
    .where(
      ofMunicipality(consultations, municipalityId, eq(consultations.personUserId, personUserId)),
    )
    .orderBy(desc(consultations.createdAt))
    .limit(limit);
}

/** Booked appointments of the person from now on, soonest first. */
export async function listUpcomingAppointments(
  db: Db,
  { municipalityId, personUserId, now }: Scope & { now: Date },
) {
  return db
    .select({
      id: appointments.id,
      startsAt: appointments.startsAt,
      channel: appointments.channel,
      coordinatorId: appointments.coordinatorId,
    })
    .from(appointments)
    .where(
      ofMunicipality(
        appointments,
        municipalityId,
        eq(appointments.personUserId, personUserId),
        eq(appointments.status, 'booked'),
        gte(appointments.startsAt, now),
      ),
    )
    .orderBy(asc(appointments.startsAt))
    .limit(10);
}

/** Every risk flag in the given consultations, latest first. */
export async function listRiskFlagsOf(
  db: Db,
  { municipalityId, consultationIds }: { municipalityId: string; consultationIds: string[] },
) {
  if (consultationIds.length === 0) return [];
  return db
    .select()
    .from(consultationRiskFlags)
    .where(
      ofMunicipality(
        consultationRiskFlags,
        municipalityId,
        inArray(consultationRiskFlags.consultationId, consultationIds),
      ),
    )
    .orderBy(desc(consultationRiskFlags.createdAt))
    .limit(50);
}
