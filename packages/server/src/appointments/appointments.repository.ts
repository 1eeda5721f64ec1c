import { and, asc, eq, gt, gte, inArray, isNull, lt, lte, sql } from 'drizzle-orm';
import type { LicenceType } from '@yorisoi/shared';
import type { Db } from '../platform/db/database.ts';
import { openIdentity, type IdentityCrypto } from '../auth/identity-seal.ts';
import { noticeNotQueued } from '../notifications/outbox/outbox.repository.ts';
import { appointments, coordinatorLicences, users } from '../platform/db/schema/index.ts';

export type AppointmentRow = typeof appointments.$inferSelect;

export interface BookableStaff {
  id: string;
  displayName: string;
  email: string;
  licence: LicenceType;
}

/** Active coordinators and supervisors with a verified licence: who can be booked. */
export async function findBookableStaff(
  db: Db,
  ctx: IdentityCrypto,
  municipalityId: string,
  ids?: string[],
): Promise<BookableStaff[]> {
  if (ids?.length === 0) return [];
  const rows = await db
    .select({
      id: users.id,
      identitySealed: users.identitySealed,
      licence: coordinatorLicences.licenceType,
    })
    .from(users)
    .innerJoin(coordinatorLicences, eq(coordinatorLicences.userId, users.id))
    .where(
      and(
        eq(users.municipalityId, municipalityId),
        inArray(users.role, ['coordinator', 'supervisor']),
        eq(users.status, 'active'),
        eq(coordinatorLicences.verification, 'verified'),
        ...(ids ? [inArray(users.id, ids)] : []),
      ),
    )
    .orderBy(asc(users.id));
  return rows.map(({ id, identitySealed, licence }) => {
    const { displayName, email } = openIdentity(ctx, { id, identitySealed });
    return { id, displayName, email, licence: licence as LicenceType };
  });
}

export async function findAppointment(db: Db, municipalityId: string, id: string) {
  const [row] = await db
    .select()
    .from(appointments)
    .where(and(eq(appointments.municipalityId, municipalityId), eq(appointments.id, id)))
    .limit(1);
  return row ?? null;
}

/** Active bookings overlapping [startsAt, endsAt) of a coordinator or of a person. */
export async function bookedOverlapping(
  db: Db,
  who: { coordinatorId: string } | { personUserId: string },
  span: { startsAt: Date; endsAt: Date },
  exceptId: string | null = null,
) {
  return db
    .select({ id: appointments.id })
    .from(appointments)
    .where(
      and(
        'coordinatorId' in who
          ? eq(appointments.coordinatorId, who.coordinatorId)
          : eq(appointments.personUserId, who.personUserId),
        eq(appointments.status, 'booked'),
        lt(appointments.startsAt, span.endsAt),
        gt(appointments.endsAt, span.startsAt),
        ...(exceptId ? [sql`${appointments.id} <> ${exceptId}`] : []),
      ),
    )
    .limit(1);
}

/** Active bookings of these coordinators in [from, to), to take their slots off the list. */
export async function bookedBetween(
  db: Db,
  municipalityId: string,
  coordinatorIds: string[],
  from: Date,
  to: Date,
) {
  if (coordinatorIds.length === 0) return [];
  return db
    .select({
      coordinatorId: appointments.coordinatorId,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
    })
    .from(appointments)
    .where(
      and(
        eq(appointments.municipalityId, municipalityId),
        inArray(appointments.coordinatorId, coordinatorIds),
        eq(appointments.status, 'booked'),
        lt(appointments.startsAt, to),
        gt(appointments.endsAt, from),
      ),
    );
}

/** A person's or a coordinator's appointments from `since` on, soonest first. */
export async function listAppointmentsOf(
  db: Db,
  municipalityId: string,
  who: { coordinatorId: string } | { personUserId: string },
  since: Date,
) {
  return db
    .select()
    .from(appointments)
    .where(
      and(
        eq(appointments.municipalityId, municipalityId),
        'coordinatorId' in who
          ? eq(appointments.coordinatorId, who.coordinatorId)
          : eq(appointments.personUserId, who.personUserId),
        gte(appointments.endsAt, since),
      ),
    )
    .orderBy(asc(appointments.startsAt))
    .limit(200);
}

/** Booked appointments starting by `until` whose consultation is not open yet. */
export async function findDueToOpen(db: Db, until: Date, limit: number) {
  return db
    .select()
    .from(appointments)
    .where(
      and(
        eq(appointments.status, 'booked'),
        isNull(appointments.consultationId),
        lte(appointments.startsAt, until),
      ),
    )
    .orderBy(asc(appointments.startsAt))
    .limit(limit);
}

/** Booked appointments starting in (now, now + lead], booked before the reminder was due. */
export async function findDueForReminder(
  db: Db,
  now: Date,
  reminder: { kind: string; leadMs: number },
  limit: number,
) {
  const { leadMs } = reminder;
  const until = new Date(now.getTime() + leadMs);
  return db
    .select()
    .from(appointments)
    .where(
      and(
        eq(appointments.status, 'booked'),
        gt(appointments.startsAt, now),
        lte(appointments.startsAt, until),
        lt(
          appointments.createdAt,
          sql`${appointments.startsAt} - (${leadMs}::int * interval '1 millisecond')`,
        ),
        noticeNotQueued(reminder.kind, appointments.id),
      ),
    )
    .orderBy(asc(appointments.startsAt))
    .limit(limit);
}
