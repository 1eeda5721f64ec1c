import crypto from 'node:crypto';
import type {
  TEventInput,
  TEventRegistration,
  TEventRegistrationList,
  TStaffEvent,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../platform/db/database.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, can, tenantScope } from '../policy/policy.ts';
import { hostedEventScope } from './event-hosts.ts';
import {
  countSeats,
  findEvent,
  findMunicipalityById,
  findRegistration,
  insertEvent,
  listActiveRegistrations,
  listRegistrations,
  setRegistrationStatus,
  updateEventRow,
  type EventRow,
  type EventValues,
} from './events.repository.ts';
import { presentRegistration, presentStaffEvent } from './events.presenter.ts';
import { enqueueEventNotices } from './event-notices.ts';
import { eventsOfMonth, fillFreeSeats } from './public-events.service.ts';

function valuesOf(input: TEventInput): EventValues {
  return {
    ...input,
    startsAt: new Date(input.startsAt),
    endsAt: new Date(input.endsAt),
    registrationOpensAt: input.registrationOpensAt ? new Date(input.registrationOpensAt) : null,
    registrationClosesAt: input.registrationClosesAt ? new Date(input.registrationClosesAt) : null,
  };
}

async function municipalityOfActor(db: Db, actor: Actor) {
  const municipality = actor.municipalityId
    ? await findMunicipalityById(db, actor.municipalityId)
    : null;
  if (!municipality) throw new AppError('FORBIDDEN');
  return municipality;
}

async function presentOne(db: Db, actor: Actor, event: EventRow, now: Date) {
  const municipality = await municipalityOfActor(db, actor);
  const seats = await countSeats(db, {
    municipalityId: event.municipalityId,
    eventIds: [event.id],
  });
  return presentStaffEvent(event, municipality, seats.get(event.id)!, now);
}

/**
 * The actor's municipality's event, locked if asked. Another tenant's is not found, and so
 * is, for facility staff, an event their facility does not hold.
 */
async function managedEvent(db: Db, actor: Actor, eventId: string, lock = false) {
  authorize(actor, 'event.keepSome', tenantScope(actor));
  const event = await findEvent(db, { municipalityId: actor.municipalityId!, eventId, lock });
  if (!event) throw new AppError('EVENT_NOT_FOUND');
  if (!can(actor, 'event.keepHosted', await hostedEventScope(db, event))) {
    throw new AppError('EVENT_NOT_FOUND');
  }
  return event;
}

/** Refuses a host facility the actor may not file events under (facility staff: not theirs). */
async function authorizeHost(db: Db, actor: Actor, hostFacilityId: string | null) {
  const scope = await hostedEventScope(db, {
    municipalityId: actor.municipalityId!,
    hostFacilityId,
  });
  authorize(actor, 'event.keepHosted', scope);
}

/** The rows the actor keeps: all for the city's staff, their facility's for facility staff. */
async function keptRows(db: Db, actor: Actor, rows: EventRow[]): Promise<EventRow[]> {
  const hosts = [...new Set(rows.map((row) => row.hostFacilityId))];
  const allowed = new Set<string | null>();
  for (const hostFacilityId of hosts) {
    const scope = await hostedEventScope(db, {
      municipalityId: actor.municipalityId!,
      hostFacilityId,
    });
    if (can(actor, 'event.keepHosted', scope)) allowed.add(hostFacilityId);
  }
  return rows.filter((row) => allowed.has(row.hostFacilityId));
}

export async function listEvents(
  ctx: AppContext,
  { actor, month }: { actor: Actor; month?: string },
): Promise<{ municipalityCode: string; month: string; items: TStaffEvent[] }> {
  authorize(actor, 'event.keepSome', tenantScope(actor));
  const municipality = await municipalityOfActor(ctx.db, actor);
  const {
    rows,
    seats,
    month: shown,
  } = await eventsOfMonth(ctx, {
    municipalityId: municipality.id,
    month,
    publishedOnly: false,
  });
  const now = ctx.now();
  return {
    municipalityCode: municipality.code,
    month: shown,
    items: (await keptRows(ctx.db, actor, rows)).map((row) =>
      presentStaffEvent(row, municipality, seats.get(row.id)!, now),
    ),
  };
}

export async function createEvent(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: TEventInput },
): Promise<TStaffEvent> {
  authorize(actor, 'event.keepSome', tenantScope(actor));
  await authorizeHost(ctx.db, actor, input.hostFacilityId);
  const now = ctx.now();
  const event = await ctx.db.transaction(async (tx) => {
    const row = await insertEvent(
      tx,
      actor.municipalityId!,
      { ...valuesOf(input), createdBy: actor.userId },
      now,
    );
    await recordAudit(
      tx,
      {
        action: 'event.created',
        municipalityId: actor.municipalityId,
        actor,
        target: { type: 'event', id: row.id },
      },
      now,
    );
    return row;
  });
  return presentOne(ctx.db, actor, event, now);
}

/** Whether people who registered must be told: when or where it happens changed. */
function movedInTimeOrPlace(before: EventRow, after: EventRow): boolean {
  return (
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.endsAt.getTime() !== after.endsAt.getTime() ||
    before.placeName !== after.placeName ||
    before.address !== after.address ||
    before.onlineUrl !== after.onlineUrl
  );
}

/**
 * Changes an event. The capacity cannot drop below the seats taken; seats added go to the
 * waiting list in order, each told by mail; a new time or place is mailed to everyone
 * registered or waiting.
 */
export async function updateEvent(
  ctx: AppContext,
  { actor, eventId, input }: { actor: Actor; eventId: string; input: TEventInput },
): Promise<TStaffEvent> {
  const now = ctx.now();
  const event = await ctx.db.transaction(async (tx) => {
    const current = await managedEvent(tx, actor, eventId, true);
    if (current.cancelledAt) throw new AppError('EVENT_CANCELLED');
    if (input.hostFacilityId !== current.hostFacilityId) {
      await authorizeHost(tx, actor, input.hostFacilityId);
    }
    const seats = (
      await countSeats(tx, { municipalityId: current.municipalityId, eventIds: [eventId] })
    ).get(eventId)!;
    if (input.capacity < seats.registered + seats.attended) {
      throw new AppError('EVENT_CAPACITY_BELOW_REGISTERED');
    }
    const updated = await updateEventRow(
      tx,
      { municipalityId: current.municipalityId, eventId },
      valuesOf(input),
      now,
    );
    const moved = now < updated.startsAt ? await fillFreeSeats(tx, updated, now) : 0;
    if (now < updated.startsAt && movedInTimeOrPlace(current, updated)) {
      const told = await listActiveRegistrations(tx, {
        municipalityId: current.municipalityId,
        eventId,
      });
      await enqueueEventNotices(tx, told, 'event_changed', now, crypto.randomUUID());
    }
    await recordAudit(
      tx,
      {
        action: 'event.updated',
        municipalityId: actor.municipalityId,
        actor,
        target: { type: 'event', id: eventId },
        detail: { movedUpFromWaitingList: moved },
      },
      now,
    );
    return updated;
  });
  ctx.outbox.wake();
  return presentOne(ctx.db, actor, event, now);
}

/** Calls an event off; everyone holding a seat or waiting is told by mail. */
export async function cancelEvent(
  ctx: AppContext,
  { actor, eventId }: { actor: Actor; eventId: string },
): Promise<TStaffEvent> {
  const now = ctx.now();
  const event = await ctx.db.transaction(async (tx) => {
    const current = await managedEvent(tx, actor, eventId, true);
    if (current.cancelledAt) return current;
    if (now >= current.startsAt) throw new AppError('EVENT_OVER');
    const cancelled = await updateEventRow(
      tx,
      { municipalityId: current.municipalityId, eventId },
      { cancelledAt: now },
      now,
    );
    const told = await listActiveRegistrations(tx, {
      municipalityId: current.municipalityId,
      eventId,
    });
    await enqueueEventNotices(tx, told, 'event_called_off', now);
    await recordAudit(
      tx,
      {
        action: 'event.cancelled',
        municipalityId: actor.municipalityId,
        actor,
        target: { type: 'event', id: eventId },
        detail: { told: told.length },
      },
      now,
    );
    return cancelled;
  });
  ctx.outbox.wake();
  return presentOne(ctx.db, actor, event, now);
}

/** Who registered, the waiting list numbered in order; reading contacts is audited. */
export async function listEventRegistrations(
  ctx: AppContext,
  { actor, eventId }: { actor: Actor; eventId: string },
): Promise<TEventRegistrationList> {
  const event = await managedEvent(ctx.db, actor, eventId);
  const rows = await listRegistrations(ctx.db, { municipalityId: event.municipalityId, eventId });
  const now = ctx.now();
  await ctx.db.transaction((tx) =>
    recordAudit(
      tx,
      {
        action: 'event.registrations_viewed',
        municipalityId: actor.municipalityId,
        actor,
        target: { type: 'event', id: eventId },
      },
      now,
    ),
  );
  let place = 0;
  return {
    event: await presentOne(ctx.db, actor, event, now),
    items: rows.map((row) =>
      presentRegistration(ctx.keyring, row, row.status === 'waiting' ? ++place : null),
    ),
  };
}

/** Staff record whether a person holding a seat came; a cancelled or waiting one cannot. */
export async function recordEventAttendance(
  ctx: AppContext,
  {
    actor,
    eventId,
    registrationId,
    attended,
  }: { actor: Actor; eventId: string; registrationId: string; attended: boolean },
): Promise<TEventRegistration> {
  const now = ctx.now();
  const row = await ctx.db.transaction(async (tx) => {
    const event = await managedEvent(tx, actor, eventId, true);
    const registration = await findRegistration(tx, {
      municipalityId: event.municipalityId,
      registrationId,
    });
    if (!registration || registration.eventId !== eventId) throw new AppError('NOT_FOUND');
    if (registration.status !== 'registered' && registration.status !== 'attended') {
      throw new AppError('EVENT_REGISTRATION_NOT_ACTIVE');
    }
    const updated = await setRegistrationStatus(
      tx,
      { municipalityId: event.municipalityId, registrationId },
      attended ? 'attended' : 'registered',
      now,
    );
    await recordAudit(
      tx,
      {
        action: 'event.attendance_recorded',
        municipalityId: actor.municipalityId,
        actor,
        target: { type: 'event_registration', id: registrationId },
        detail: { attended },
      },
      now,
    );
    return updated;
  });
  return presentRegistration(ctx.keyring, row, null);
}
