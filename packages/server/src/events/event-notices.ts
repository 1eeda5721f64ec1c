import type { TLocale } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Db } from '../platform/db/database.ts';
import { buildCalendar } from '../platform/calendar/icalendar.ts';
import { openField } from '../platform/crypto/sealed-field.ts';
import { enqueueNotifications, type OutboxRow } from '../notifications/outbox/outbox.repository.ts';
import type { Composed } from '../notifications/outbox/compose.ts';
import {
  findDueEventReminders,
  findEvent,
  findMunicipalityById,
  findRegistration,
  type EventRow,
  type RegistrationRow,
} from './events.repository.ts';
import { eventMail, isEventNoticeKind, type EventNoticeKind } from './event-texts.ts';
import { sealedContext } from './registration-contact.ts';

/** Where a resident reads the event; the cancellation link carries its token after `#`. */
export const eventPageLink = (ctx: AppContext, code: string, eventId: string) =>
  `${ctx.config.publicUrl}/m/${code}/events/${eventId}`;
const cancelLinkOf = (ctx: AppContext, code: string, token: string) =>
  `${ctx.config.publicUrl}/m/${code}/events/cancel#${token}`;

/** The place as one line: its name and address, or that it is online. */
export function placeOf(event: EventRow, locale: TLocale): string {
  const place = [event.placeName, event.address].filter((part) => part !== null).join(' ');
  if (event.onlineUrl)
    return place
      ? `${place} / ${locale === 'ja' ? 'オンライン' : 'Online'}`
      : locale === 'ja'
        ? 'オンライン'
        : 'Online';
  return place;
}

export function eventCalendar(ctx: AppContext, event: EventRow, code: string, locale: TLocale) {
  return buildCalendar({
    producer: 'Events',
    uid: event.id,
    // Every change of the event is a new version for calendars that imported it.
    sequence: Math.floor(event.updatedAt.getTime() / 1000),
    summary: event.title,
    description: event.description,
    location: placeOf(event, locale),
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    stamp: ctx.now(),
    url: eventPageLink(ctx, code, event.id),
    cancelled: event.cancelledAt !== null,
  });
}

/**
 * One notice of one kind to each registration, once, as outbox rows in the caller's
 * transaction. A resident has no account: the row's recipient is the registration itself
 * (its id as user id), whose sealed address is opened at delivery. The event is the
 * registration too, except for what can happen again (a change of the event's time or
 * place), which names its own occurrence.
 */
export async function enqueueEventNotices(
  tx: Db,
  registrations: readonly Pick<RegistrationRow, 'id' | 'municipalityId'>[],
  kind: EventNoticeKind,
  now: Date,
  /** What happened, when it can happen more than once to a registration (each change). */
  occurrenceId?: string,
): Promise<number> {
  const added = await enqueueNotifications(
    tx,
    registrations.map((registration) => ({
      municipalityId: registration.municipalityId,
      kind,
      refId: occurrenceId ?? registration.id,
      userId: registration.id,
      channel: 'email' as const,
    })),
    now,
  );
  return added.length;
}

/**
 * The mail of a notice, written at delivery from the event as it is then, to the sealed
 * address; null when the registration, its event or its contact details are gone.
 */
export async function composeEventNotice(
  ctx: AppContext,
  row: OutboxRow,
): Promise<Composed | null> {
  if (!isEventNoticeKind(row.kind)) return null;
  const registration = await findRegistration(ctx.db, {
    municipalityId: row.municipalityId,
    registrationId: row.userId,
  });
  if (!registration?.contactEmailSealed) return null;
  const [event, municipality] = await Promise.all([
    findEvent(ctx.db, { municipalityId: row.municipalityId, eventId: registration.eventId }),
    findMunicipalityById(ctx.db, row.municipalityId),
  ]);
  if (!event || !municipality) return null;
  const locale: TLocale = registration.locale === 'en' ? 'en' : 'ja';
  const token = registration.cancelTokenSealed
    ? openField(
        ctx.keyring,
        registration.cancelTokenSealed,
        sealedContext('cancel_token', registration.id),
      )
    : null;
  const mail = eventMail(row.kind, locale, {
    title: event.title,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    place: placeOf(event, locale),
    municipalityName: municipality.name,
    eventLink: eventPageLink(ctx, municipality.code, event.id),
    cancelLink: token ? cancelLinkOf(ctx, municipality.code, token) : null,
  });
  const calendarCancelled =
    event.cancelledAt !== null ||
    row.kind === 'event_cancel_confirmed' ||
    row.kind === 'event_waiting';
  return {
    recipient: openField(
      ctx.keyring,
      registration.contactEmailSealed,
      sealedContext('contact_email', registration.id),
    ),
    mail: {
      ...mail,
      // A waiting place is not a seat: no calendar entry until it becomes one.
      attachments:
        row.kind === 'event_waiting'
          ? []
          : [
              {
                filename: 'event.ics',
                content: eventCalendar(
                  ctx,
                  calendarCancelled
                    ? { ...event, cancelledAt: event.cancelledAt ?? ctx.now() }
                    : event,
                  municipality.code,
                  locale,
                ),
                contentType: `text/calendar; charset=utf-8; method=${calendarCancelled ? 'CANCEL' : 'PUBLISH'}`,
              },
            ],
    },
    push: null,
  };
}

const reminderLeadMs = 24 * 3_600_000;

/**
 * The day-before reminder to everyone holding a seat, once each; someone who got their
 * seat after the reminder was due is not reminded. Returns how many are queued.
 */
export async function sendEventReminders(ctx: AppContext, limit = 500): Promise<number> {
  const now = ctx.now();
  const due = await findDueEventReminders(ctx.db, { now, leadMs: reminderLeadMs, limit });
  const queued = await enqueueEventNotices(
    ctx.db,
    due.map((row) => row.registration),
    'event_reminder',
    now,
  );
  if (queued > 0) ctx.outbox.wake();
  return queued;
}
