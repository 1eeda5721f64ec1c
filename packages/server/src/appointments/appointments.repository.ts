import { and, asc, eq, gt, gte, inArray, isNull, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { LicenceType } from '@yorisoi/shared';
import type { Db } from '../platform/db/database.ts';
import { openIdentity, type IdentityCrypto } from '../auth/identity-seal.ts';
import { noticeNotQueued } from '../notifications/outbox/outbox.repository.ts';
import { appointments, coordinatorLicences, users } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

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
      ofMunicipality(
        users,
        municipalityId,
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
    .where(ofMunicipality(appointments, municipalityId, eq(appointments.id, id)))
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
      ofMunicipality(
        appointments,
        municipalityId,
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
      ofMunicipality(
        appointments,
        municipalityId,
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

/**
 * Holds a booking party (a coordinator or a person) until the transaction ends; the
 * booking locks the coordinator first, then the person, always in that order.
 */
export async function lockBookingParty(
  tx: Db,
  kind: 'coordinator' | 'person',
  userId: string,
): Promise<void> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`appointments.${kind}:${userId}`}, 0))`,
  );
}

/** Booked and its consultation not opened yet. */
const unopenedBooking = (municipalityId: string, id: string, ...conditions: SQL[]) =>
  ofMunicipality(
    appointments,
    municipalityId,
    eq(appointments.id, id),
    eq(appointments.status, 'booked'),
    isNull(appointments.consultationId),
    ...conditions,
  );

/** Still booked, not opened and not started: the only appointments that can change. */
const changeable = (municipalityId: string, id: string, now: Date) =>
  unopenedBooking(municipalityId, id, gt(appointments.startsAt, now));

type Change = Pick<typeof appointments.$inferInsert, 'changeReason' | 'changedBy'>;

/** Marks a changeable booking as moved to another; false if it can no longer change. */
export async function markRescheduled(
  tx: Db,
  municipalityId: string,
  id: string,
  now: Date,
  change: Change & { rescheduledToId: string },
): Promise<boolean> {
  const moved = await tx
    .update(appointments)
    .set({ ...change, status: 'rescheduled', changedAt: now })
    .where(changeable(municipalityId, id, now))
    .returning({ id: appointments.id });
  return moved.length > 0;
}

/** Cancels a changeable booking; null if it can no longer change. */
export async function cancelChangeable(
  tx: Db,
  municipalityId: string,
  id: string,
  now: Date,
  change: Change,
): Promise<AppointmentRow | null> {
  const [cancelled] = await tx
    .update(appointments)
    .set({ ...change, status: 'cancelled', changedAt: now })
    .where(changeable(municipalityId, id, now))
    .returning();
  return cancelled ?? null;
}

export async function insertAppointment(
  tx: Db,
  municipalityId: string,
  values: Omit<typeof appointments.$inferInsert, 'municipalityId'>,
): Promise<AppointmentRow> {
  const [created] = await tx
    .insert(appointments)
    .values({ ...values, municipalityId })
    .returning();
  if (!created) throw new Error('appointment insert returned nothing');
  return created;
}

/** Locks a booked appointment not yet opened, for the one transaction that opens it. */
export async function lockUnopenedBooking(
  tx: Db,
  municipalityId: string,
  id: string,
): Promise<AppointmentRow | null> {
  const [row] = await tx
    .select()
    .from(appointments)
    .where(unopenedBooking(municipalityId, id))
    .for('update');
  return row ?? null;
}

/** What a consultation opened for a person carries of them. */
export async function findBookingPerson(db: Db, municipalityId: string, userId: string) {
  const [person] = await db
    .select({ organizationId: users.organizationId, role: users.role })
    .from(users)
    .where(ofMunicipality(users, municipalityId, eq(users.id, userId)));
  return person ?? null;
}

/** Links the opened consultation; the sealed first message now lives in it. */
export async function markOpened(
  tx: Db,
  municipalityId: string,
  id: string,
  consultationId: string,
): Promise<void> {
  await tx
    .update(appointments)
    .set({ consultationId, firstMessageSealed: null })
    .where(ofMunicipality(appointments, municipalityId, eq(appointments.id, id)));
}

/** Names (sealed) and licences of the coordinators of a municipality's appointments. */
export async function findAppointmentCoordinators(
  db: Db,
  municipalityId: string,
  coordinatorIds: string[],
) {
  return db
    .select({
      id: users.id,
      identitySealed: users.identitySealed,
      licence: coordinatorLicences.licenceType,
    })
    .from(users)
    .leftJoin(coordinatorLicences, eq(coordinatorLicences.userId, users.id))
    .where(ofMunicipality(users, municipalityId, inArray(users.id, coordinatorIds)));
}
