import crypto from 'node:crypto';
import {
  checkEventContact,
  eventRegistrationState,
  addMonths,
  japanMonthOf,
  japanMonthStart,
  type TEventRegistrationRequest,
  type TEventRegistrationResult,
  type TEventRegistrationView,
  type TPublicEvent,
  type TPublicEventList,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Db } from '../platform/db/database.ts';
import { AppError } from '../platform/errors.ts';
import { hashToken, newOpaqueToken } from '../platform/crypto/tokens.ts';
import {
  countSeats,
  findEvent,
  findRegistrationByClientId,
  findRegistrationByTokenHash,
  firstWaiting,
  insertRegistration,
  listEventsBetween,
  listUpcomingHostedEvents,
  nextWaitingPosition,
  setRegistrationStatus,
  waitingRank,
  type EventRow,
  type RegistrationRow,
} from './events.repository.ts';
import { presentPublicEvent } from './events.presenter.ts';
import { enqueueEventNotices, eventCalendar } from './event-notices.ts';
import { sealContact } from './registration-contact.ts';
import { requireMunicipalityByCode } from '../municipalities/municipality-by-code.ts';

type Municipality = { id: string; code: string; name: string };

const municipalityOf = (ctx: AppContext, code: string): Promise<Municipality> =>
  requireMunicipalityByCode(ctx.db, code);

/** A published event of the municipality; anything else is not found. */
async function publishedEvent(db: Db, municipality: Municipality, eventId: string, lock = false) {
  const event = await findEvent(db, { municipalityId: municipality.id, eventId, lock });
  if (!event || !event.published) throw new AppError('EVENT_NOT_FOUND');
  return event;
}

async function present(db: Db, municipality: Municipality, event: EventRow, now: Date) {
  const seats = await countSeats(db, { municipalityId: municipality.id, eventIds: [event.id] });
  return presentPublicEvent(event, municipality, seats.get(event.id)!, now);
}

/** The first and next month's first day in Japan, of `month` (YYYY-MM) or this month. */
export function monthRange(month: string | undefined, now: Date) {
  const wanted = month ?? japanMonthOf(now);
  return {
    month: wanted,
    from: japanMonthStart(wanted),
    to: japanMonthStart(addMonths(wanted, 1)),
  };
}

export async function listPublicEvents(
  ctx: AppContext,
  { code, month }: { code: string; month?: string },
): Promise<TPublicEventList> {
  const municipality = await municipalityOf(ctx, code);
  const {
    rows,
    seats,
    month: shown,
  } = await eventsOfMonth(ctx, {
    municipalityId: municipality.id,
    month,
    publishedOnly: true,
  });
  const now = ctx.now();
  return {
    municipalityName: municipality.name,
    month: shown,
    items: rows.map((row) => presentPublicEvent(row, municipality, seats.get(row.id)!, now)),
  };
}

/** A month's events of a municipality (the current month by default) with their seats taken. */
export async function eventsOfMonth(
  ctx: AppContext,
  {
    municipalityId,
    month,
    publishedOnly,
  }: { municipalityId: string; month: string | undefined; publishedOnly: boolean },
) {
  const range = monthRange(month, ctx.now());
  const rows = await listEventsBetween(ctx.db, {
    municipalityId,
    from: range.from,
    to: range.to,
    publishedOnly,
  });
  const seats = await countSeats(ctx.db, { municipalityId, eventIds: rows.map((r) => r.id) });
  return { month: range.month, rows, seats };
}

/** How many of a facility's coming events its page lists; the events page has the rest. */
const hostedEventsShown = 10;

/** The coming published events a facility holds, for its public page. */
export async function upcomingEventsOfFacility(
  ctx: AppContext,
  { municipality, facilityId }: { municipality: Municipality; facilityId: string },
): Promise<TPublicEvent[]> {
  const now = ctx.now();
  const rows = await listUpcomingHostedEvents(ctx.db, {
    municipalityId: municipality.id,
    facilityId,
    now,
    limit: hostedEventsShown,
  });
  const seats = await countSeats(ctx.db, {
    municipalityId: municipality.id,
    eventIds: rows.map((r) => r.id),
  });
  return rows.map((row) => presentPublicEvent(row, municipality, seats.get(row.id)!, now));
}

export async function getPublicEvent(
  ctx: AppContext,
  { code, eventId }: { code: string; eventId: string },
): Promise<TPublicEvent> {
  const municipality = await municipalityOf(ctx, code);
  const event = await publishedEvent(ctx.db, municipality, eventId);
  return present(ctx.db, municipality, event, ctx.now());
}

export async function getPublicEventCalendar(
  ctx: AppContext,
  { code, eventId, locale }: { code: string; eventId: string; locale: 'ja' | 'en' },
) {
  const municipality = await municipalityOf(ctx, code);
  const event = await publishedEvent(ctx.db, municipality, eventId);
  return { filename: 'event.ics', ics: eventCalendar(ctx, event, municipality.code, locale) };
}

const refusals = {
  not_yet: 'EVENT_REGISTRATION_NOT_OPEN',
  closed: 'EVENT_REGISTRATION_CLOSED',
  over: 'EVENT_OVER',
  cancelled: 'EVENT_CANCELLED',
} as const;

async function resultOf(
  db: Db,
  municipality: Municipality,
  event: EventRow,
  registration: RegistrationRow,
  now: Date,
): Promise<TEventRegistrationResult> {
  const waiting = registration.status === 'waiting' && registration.waitingPosition !== null;
  return {
    registrationId: registration.id,
    status: waiting ? 'waiting' : 'registered',
    waitingPosition: waiting
      ? await waitingRank(db, {
          municipalityId: municipality.id,
          eventId: event.id,
          position: registration.waitingPosition!,
        })
      : null,
    event: await present(db, municipality, event, now),
  };
}

/**
 * A resident registers: a seat while seats are left, otherwise the end of the waiting list.
 * The event's row is locked for the decision, so concurrent registrations are decided one
 * after another and never exceed the capacity. The same form sent again (its client id)
 * answers with the registration it made. Confirmation by mail through the outbox.
 */
export async function registerForEvent(
  ctx: AppContext,
  { code, eventId, request }: { code: string; eventId: string; request: TEventRegistrationRequest },
): Promise<TEventRegistrationResult> {
  const municipality = await municipalityOf(ctx, code);
  const problems = checkEventContact(request);
  if (problems.length > 0) {
    throw new AppError('EVENT_CONTACT_INVALID', {
      issues: problems.map((p) => ({ path: p.field, message: p.problem })),
    });
  }
  const result = await ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const event = await publishedEvent(tx, municipality, eventId, true);
    const again = await findRegistrationByClientId(tx, {
      municipalityId: municipality.id,
      eventId,
      clientRequestId: request.clientRequestId,
    });
    if (again) return resultOf(tx, municipality, event, again, now);
    const state = eventRegistrationState({ ...event, cancelled: event.cancelledAt !== null }, now);
    if (state !== 'open') throw new AppError(refusals[state]);
    const seats = (
      await countSeats(tx, { municipalityId: municipality.id, eventIds: [eventId] })
    ).get(eventId)!;
    const full = seats.registered + seats.attended >= event.capacity;
    const id = crypto.randomUUID();
    const token = newOpaqueToken();
    const registration = await insertRegistration(tx, {
      id,
      municipalityId: municipality.id,
      eventId,
      status: full ? 'waiting' : 'registered',
      waitingPosition: full
        ? await nextWaitingPosition(tx, { municipalityId: municipality.id, eventId })
        : null,
      ...sealContact(ctx.keyring, id, request, token),
      adults: request.adults,
      children: request.children,
      locale: request.locale ?? 'ja',
      cancelTokenHash: hashToken(token),
      clientRequestId: request.clientRequestId,
      statusChangedAt: now,
      createdAt: now,
    });
    await enqueueEventNotices(tx, [registration], full ? 'event_waiting' : 'event_registered', now);
    return resultOf(tx, municipality, event, registration, now);
  });
  ctx.outbox.wake();
  return result;
}

async function registrationByToken(db: Db, municipality: Municipality, token: string) {
  const registration = await findRegistrationByTokenHash(db, {
    municipalityId: municipality.id,
    tokenHash: hashToken(token),
  });
  if (!registration) throw new AppError('EVENT_CANCEL_LINK_INVALID');
  return registration;
}

async function viewOf(
  db: Db,
  municipality: Municipality,
  event: EventRow,
  registration: RegistrationRow,
  now: Date,
): Promise<TEventRegistrationView> {
  const result = await resultOf(db, municipality, event, registration, now);
  return {
    status: registration.status as TEventRegistrationView['status'],
    waitingPosition: result.waitingPosition,
    event: result.event,
  };
}

/** What an emailed cancellation link points at, before the person confirms. */
export async function lookupEventRegistration(
  ctx: AppContext,
  { code, token }: { code: string; token: string },
): Promise<TEventRegistrationView> {
  const municipality = await municipalityOf(ctx, code);
  const registration = await registrationByToken(ctx.db, municipality, token);
  const event = await findEvent(ctx.db, {
    municipalityId: municipality.id,
    eventId: registration.eventId,
  });
  if (!event) throw new AppError('EVENT_CANCEL_LINK_INVALID');
  return viewOf(ctx.db, municipality, event, registration, ctx.now());
}

/**
 * Moves the first on the waiting list into seats that are free, in order, each told by
 * mail. Called with the event's row locked.
 */
export async function fillFreeSeats(tx: Db, event: EventRow, now: Date): Promise<number> {
  const seats = (
    await countSeats(tx, { municipalityId: event.municipalityId, eventIds: [event.id] })
  ).get(event.id)!;
  const free = event.capacity - seats.registered - seats.attended;
  const movers = await firstWaiting(tx, {
    municipalityId: event.municipalityId,
    eventId: event.id,
    limit: free,
  });
  for (const mover of movers) {
    await setRegistrationStatus(
      tx,
      { municipalityId: event.municipalityId, registrationId: mover.id },
      'registered',
      now,
    );
  }
  await enqueueEventNotices(tx, movers, 'event_moved_up', now);
  return movers.length;
}

/**
 * Cancels by the emailed link. A freed seat goes to the first on the waiting list before
 * the event starts. Cancelling twice answers with the cancelled registration; after the
 * event has started nothing can be cancelled.
 */
export async function cancelEventRegistration(
  ctx: AppContext,
  { code, token }: { code: string; token: string },
): Promise<TEventRegistrationView> {
  const municipality = await municipalityOf(ctx, code);
  const view = await ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const found = await registrationByToken(tx, municipality, token);
    const event = await findEvent(tx, {
      municipalityId: municipality.id,
      eventId: found.eventId,
      lock: true,
    });
    if (!event) throw new AppError('EVENT_CANCEL_LINK_INVALID');
    // Read again under the event's lock: a concurrent cancel may have moved it.
    const registration = await registrationByToken(tx, municipality, token);
    if (registration.status === 'cancelled') {
      return viewOf(tx, municipality, event, registration, now);
    }
    if (now.getTime() >= event.startsAt.getTime()) throw new AppError('EVENT_OVER');
    if (registration.status === 'attended') throw new AppError('EVENT_OVER');
    const cancelled = await setRegistrationStatus(
      tx,
      { municipalityId: municipality.id, registrationId: registration.id },
      'cancelled',
      now,
    );
    await enqueueEventNotices(tx, [cancelled], 'event_cancel_confirmed', now);
    if (event.cancelledAt === null) await fillFreeSeats(tx, event, now);
    return viewOf(tx, municipality, event, cancelled, now);
  });
  ctx.outbox.wake();
  return view;
}
