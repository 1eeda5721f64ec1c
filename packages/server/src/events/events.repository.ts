import {
  and,
  asc,
  count,
  eq,
  gt,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  max,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { noticeNotQueued } from '../notifications/outbox/outbox.repository.ts';
import { eventRegistrations, events, municipalities } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type EventRow = typeof events.$inferSelect;
export type EventValues = Omit<
  typeof events.$inferInsert,
  'id' | 'municipalityId' | 'createdAt' | 'updatedAt' | 'cancelledAt' | 'createdBy'
>;
export type RegistrationRow = typeof eventRegistrations.$inferSelect;

export interface SeatCounts {
  registered: number;
  attended: number;
  waiting: number;
}

export async function findMunicipalityById(db: Db, municipalityId: string) {
  const [row] = await db
    .select({ id: municipalities.id, code: municipalities.code, name: municipalities.name })
    .from(municipalities)
    .where(eq(municipalities.id, municipalityId));
  return row ?? null;
}

/** One event of a municipality; `lock` holds its row until the transaction ends. */
export async function findEvent(
  db: Db,
  {
    municipalityId,
    eventId,
    lock = false,
  }: { municipalityId: string; eventId: string; lock?: boolean },
): Promise<EventRow | null> {
  const query = db
    .select()
    .from(events)
    .where(ofMunicipality(events, municipalityId, eq(events.id, eventId)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** A municipality's events meeting every condition, soonest first. */
function selectEvents(db: Db, municipalityId: string, conditions: (SQL | undefined)[]) {
  return db
    .select()
    .from(events)
    .where(ofMunicipality(events, municipalityId, ...conditions))
    .orderBy(asc(events.startsAt), asc(events.title));
}

/** Events starting within [from, to), soonest first. */
export async function listEventsBetween(
  db: Db,
  {
    municipalityId,
    from,
    to,
    publishedOnly,
  }: { municipalityId: string; from: Date; to: Date; publishedOnly: boolean },
): Promise<EventRow[]> {
  return selectEvents(db, municipalityId, [
    gte(events.startsAt, from),
    lt(events.startsAt, to),
    publishedOnly ? eq(events.published, true) : undefined,
  ]);
}

/** A facility's published events not yet over and not called off, soonest first. */
export async function listUpcomingHostedEvents(
  db: Db,
  {
    municipalityId,
    facilityId,
    now,
    limit,
  }: { municipalityId: string; facilityId: string; now: Date; limit: number },
): Promise<EventRow[]> {
  return selectEvents(db, municipalityId, [
    eq(events.hostFacilityId, facilityId),
    eq(events.published, true),
    isNull(events.cancelledAt),
    gt(events.endsAt, now),
  ]).limit(limit);
}

export async function listAllEvents(db: Db, municipalityId: string): Promise<EventRow[]> {
  return selectEvents(db, municipalityId, []);
}

export async function insertEvent(
  db: Db,
  municipalityId: string,
  values: EventValues & { createdBy: string | null },
  now: Date,
): Promise<EventRow> {
  const [row] = await db
    .insert(events)
    .values({ ...values, municipalityId, createdAt: now, updatedAt: now })
    .returning();
  if (!row) throw new Error('event insert returned nothing');
  return row;
}

export async function updateEventRow(
  db: Db,
  { municipalityId, eventId }: { municipalityId: string; eventId: string },
  values: Partial<EventValues> & { cancelledAt?: Date },
  now: Date,
): Promise<EventRow> {
  const [row] = await db
    .update(events)
    .set({ ...values, updatedAt: now })
    .where(ofMunicipality(events, municipalityId, eq(events.id, eventId)))
    .returning();
  if (!row) throw new Error('event update matched nothing');
  return row;
}

/** Seats taken (registered or attended) and the waiting list's length, per event. */
export async function countSeats(
  db: Db,
  { municipalityId, eventIds }: { municipalityId: string; eventIds: readonly string[] },
): Promise<Map<string, SeatCounts>> {
  const counts = new Map<string, SeatCounts>(
    eventIds.map((id) => [id, { registered: 0, attended: 0, waiting: 0 }]),
  );
  if (eventIds.length === 0) return counts;
  const rows = await db
    .select({
      eventId: eventRegistrations.eventId,
      status: eventRegistrations.status,
      n: count(),
    })
    .from(eventRegistrations)
    .where(
      ofMunicipality(
        eventRegistrations,
        municipalityId,
        inArray(eventRegistrations.eventId, [...eventIds]),
        inArray(eventRegistrations.status, ['registered', 'attended', 'waiting']),
      ),
    )
    .groupBy(eventRegistrations.eventId, eventRegistrations.status);
  for (const row of rows) {
    const entry = counts.get(row.eventId);
    if (!entry) continue;
    if (row.status === 'waiting') entry.waiting = row.n;
    else if (row.status === 'attended') entry.attended = row.n;
    else entry.registered = row.n;
  }
  return counts;
}

/** One registration of the municipality matching `condition`, or null. */
async function findOneRegistration(
  db: Db,
  municipalityId: string,
  condition: SQL,
): Promise<RegistrationRow | null> {
  const [row] = await db
    .select()
    .from(eventRegistrations)
    .where(ofMunicipality(eventRegistrations, municipalityId, condition));
  return row ?? null;
}

/** The registration a form made, by the id the page gave it. */
export const findRegistrationByClientId = (
  db: Db,
  {
    municipalityId,
    eventId,
    clientRequestId,
  }: { municipalityId: string; eventId: string; clientRequestId: string },
) =>
  findOneRegistration(
    db,
    municipalityId,
    and(
      eq(eventRegistrations.eventId, eventId),
      eq(eventRegistrations.clientRequestId, clientRequestId),
    )!,
  );

export const findRegistration = (
  db: Db,
  { municipalityId, registrationId }: { municipalityId: string; registrationId: string },
) => findOneRegistration(db, municipalityId, eq(eventRegistrations.id, registrationId));

export const findRegistrationByTokenHash = (
  db: Db,
  { municipalityId, tokenHash }: { municipalityId: string; tokenHash: string },
) => findOneRegistration(db, municipalityId, eq(eventRegistrations.cancelTokenHash, tokenHash));

/** The next number at the end of an event's waiting list (positions only grow). */
export async function nextWaitingPosition(
  db: Db,
  { municipalityId, eventId }: { municipalityId: string; eventId: string },
): Promise<number> {
  const [row] = await db
    .select({ last: max(eventRegistrations.waitingPosition) })
    .from(eventRegistrations)
    .where(
      ofMunicipality(eventRegistrations, municipalityId, eq(eventRegistrations.eventId, eventId)),
    );
  return (row?.last ?? 0) + 1;
}

/** How many wait ahead of this position, plus one: the place a person is told. */
export async function waitingRank(
  db: Db,
  {
    municipalityId,
    eventId,
    position,
  }: { municipalityId: string; eventId: string; position: number },
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(eventRegistrations)
    .where(
      ofMunicipality(
        eventRegistrations,
        municipalityId,
        eq(eventRegistrations.eventId, eventId),
        eq(eventRegistrations.status, 'waiting'),
        lt(eventRegistrations.waitingPosition, position),
      ),
    );
  return (row?.n ?? 0) + 1;
}

export async function insertRegistration(
  db: Db,
  values: typeof eventRegistrations.$inferInsert,
): Promise<RegistrationRow> {
  const [row] = await db.insert(eventRegistrations).values(values).returning();
  if (!row) throw new Error('registration insert returned nothing');
  return row;
}

export async function setRegistrationStatus(
  db: Db,
  { municipalityId, registrationId }: { municipalityId: string; registrationId: string },
  status: 'registered' | 'cancelled' | 'attended',
  now: Date,
): Promise<RegistrationRow> {
  const [row] = await db
    .update(eventRegistrations)
    .set({ status, waitingPosition: null, statusChangedAt: now })
    .where(
      ofMunicipality(eventRegistrations, municipalityId, eq(eventRegistrations.id, registrationId)),
    )
    .returning();
  if (!row) throw new Error('registration update matched nothing');
  return row;
}

/** The first `limit` on an event's waiting list, in the order they registered. */
export async function firstWaiting(
  db: Db,
  { municipalityId, eventId, limit }: { municipalityId: string; eventId: string; limit: number },
): Promise<RegistrationRow[]> {
  if (limit <= 0) return [];
  return db
    .select()
    .from(eventRegistrations)
    .where(
      ofMunicipality(
        eventRegistrations,
        municipalityId,
        eq(eventRegistrations.eventId, eventId),
        eq(eventRegistrations.status, 'waiting'),
      ),
    )
    .orderBy(asc(eventRegistrations.waitingPosition))
    .limit(limit);
}

/** Every registration of an event: seats first, then the waiting list in order, then cancelled. */
export async function listRegistrations(
  db: Db,
  { municipalityId, eventId }: { municipalityId: string; eventId: string },
): Promise<RegistrationRow[]> {
  return db
    .select()
    .from(eventRegistrations)
    .where(
      ofMunicipality(eventRegistrations, municipalityId, eq(eventRegistrations.eventId, eventId)),
    )
    .orderBy(
      sql`case ${eventRegistrations.status} when 'registered' then 0 when 'attended' then 0 when 'waiting' then 1 else 2 end`,
      asc(eventRegistrations.waitingPosition),
      asc(eventRegistrations.createdAt),
    );
}

/** Seat holders and the waiting list of an event, whose contact is still kept (for notices). */
export async function listActiveRegistrations(
  db: Db,
  { municipalityId, eventId }: { municipalityId: string; eventId: string },
): Promise<RegistrationRow[]> {
  return db
    .select()
    .from(eventRegistrations)
    .where(
      ofMunicipality(
        eventRegistrations,
        municipalityId,
        eq(eventRegistrations.eventId, eventId),
        inArray(eventRegistrations.status, ['registered', 'waiting']),
      ),
    );
}

/**
 * Registered people of events starting within (now, now + lead], who registered before the
 * reminder was due: the day-before reminder. A system sweep over every municipality.
 */
export async function findDueEventReminders(
  db: Db,
  { now, leadMs, limit }: { now: Date; leadMs: number; limit: number },
) {
  return db
    .select({ registration: eventRegistrations })
    .from(eventRegistrations)
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .where(
      and(
        eq(eventRegistrations.status, 'registered'),
        isNull(events.cancelledAt),
        isNotNull(eventRegistrations.contactEmailSealed),
        sql`${events.startsAt} > ${now}`,
        lte(events.startsAt, new Date(now.getTime() + leadMs)),
        sql`${eventRegistrations.statusChangedAt} < ${events.startsAt} - make_interval(secs => ${leadMs / 1000})`,
        noticeNotQueued('event_reminder', eventRegistrations.id),
      ),
    )
    .limit(limit);
}

/**
 * Clears the contact details (and the cancellation token) of registrations whose event
 * ended before `endedBefore`; the rows, their status and counts stay. A system sweep.
 */
export async function purgeEventContacts(
  db: Db,
  { endedBefore, now, limit }: { endedBefore: Date; now: Date; limit: number },
): Promise<number> {
  const due = db
    .select({ id: eventRegistrations.id })
    .from(eventRegistrations)
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .where(and(isNull(eventRegistrations.contactsPurgedAt), lt(events.endsAt, endedBefore)))
    .limit(limit);
  const purged = await db
    .update(eventRegistrations)
    .set({
      contactNameSealed: null,
      contactEmailSealed: null,
      contactPhoneSealed: null,
      cancelTokenHash: null,
      cancelTokenSealed: null,
      contactsPurgedAt: now,
    })
    .where(inArray(eventRegistrations.id, due))
    .returning({ id: eventRegistrations.id });
  return purged.length;
}
