import { canRingLine } from '../line/line-bell.ts';
import type { AppointmentChannel, TPushKind } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Db } from '../platform/db/database.ts';
import { enqueueNotifications, type OutboxRow } from '../notifications/outbox/outbox.repository.ts';
import type { Composed } from '../notifications/outbox/compose.ts';
import type { AppointmentRow } from './appointments.repository.ts';
import { findAppointment, findDueForReminder } from './appointments.repository.ts';
import { appointmentMail, type NoticeKind } from './appointment-texts.ts';
import { buildCalendar } from '../platform/calendar/icalendar.ts';

/** Neutral, so that a shared or glanced-at calendar reveals nothing about the consultation. */
export const calendarSummary = '働く人の保健室 相談予約';

export type Party = 'person' | 'coordinator';

export function calendarFor(ctx: AppContext, appointment: AppointmentRow, party: Party) {
  return buildCalendar({
    producer: 'Appointments',
    summary: calendarSummary,
    uid: appointment.calendarUid,
    sequence: appointment.calendarSequence,
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    stamp: ctx.now(),
    url: linkFor(ctx, party),
    cancelled: appointment.status !== 'booked',
  });
}

const linkFor = (ctx: AppContext, party: Party) =>
  `${ctx.config.publicUrl}${party === 'person' ? '/appointments' : '/care/appointments'}`;

const userOf = (appointment: AppointmentRow, party: Party) =>
  party === 'person' ? appointment.personUserId : appointment.coordinatorId;

/** A fixed text per kind, never the time or topic: a push shows on a lock screen. */
const pushKindOf: Record<NoticeKind, TPushKind | null> = {
  confirmation: null,
  booked_for_staff: 'appointment_booked',
  reminder_24h: 'appointment_reminder',
  reminder_10m: 'appointment_reminder',
  cancelled: 'appointment_changed',
  rescheduled: 'appointment_changed',
};

export const isNoticeKind = (kind: string): kind is NoticeKind => kind in pushKindOf;

/**
 * One notice of one kind to each party, once: an email with the .ics attached, and a web
 * push to their subscribed devices, as outbox rows written in the caller's transaction
 * (the booking, the change, the due reminder). The outbox worker sends them after commit;
 * their unique key makes a second enqueue of the same notice a no-op, so a restart or a
 * second instance never sends it again. Returns how many emails are queued.
 */
export async function enqueueNotice(
  tx: Db,
  appointment: AppointmentRow,
  kind: NoticeKind,
  parties: Party[],
  now: Date,
): Promise<number> {
  // The person's reminder rings LINE too when they linked it (the mail and push go anyway).
  const lineRing =
    pushKindOf[kind] === 'appointment_reminder' &&
    parties.includes('person') &&
    (await canRingLine(tx, appointment.municipalityId, appointment.personUserId));
  const added = await enqueueNotifications(
    tx,
    parties.flatMap((party) => {
      const entry = {
        municipalityId: appointment.municipalityId,
        kind,
        refId: appointment.id,
        userId: userOf(appointment, party),
      };
      const line = lineRing && party === 'person' ? [{ ...entry, channel: 'line' as const }] : [];
      return pushKindOf[kind]
        ? [{ ...entry, channel: 'email' as const }, { ...entry, channel: 'push' as const }, ...line]
        : [{ ...entry, channel: 'email' as const }];
    }),
    now,
  );
  return added.filter((entry) => entry.channel === 'email').length;
}

/**
 * The texts of a notice, written at delivery from the appointment as it is then (a late
 * confirmation of a cancelled appointment carries the cancelling calendar entry); null
 * when the appointment is gone.
 */
export async function composeAppointmentNotice(
  ctx: AppContext,
  row: OutboxRow,
): Promise<Composed | null> {
  if (!isNoticeKind(row.kind)) return null;
  const appointment = await findAppointment(ctx.db, row.municipalityId, row.refId);
  if (!appointment) return null;
  const party: Party = row.userId === appointment.personUserId ? 'person' : 'coordinator';
  const pushKind = pushKindOf[row.kind];
  return {
    mail: {
      ...appointmentMail(
        row.kind,
        { ...appointment, channel: appointment.channel as AppointmentChannel },
        linkFor(ctx, party),
      ),
      attachments: [
        {
          filename: 'yorisoi-appointment.ics',
          content: calendarFor(ctx, appointment, party),
          contentType: `text/calendar; charset=utf-8; method=${appointment.status === 'booked' ? 'PUBLISH' : 'CANCEL'}`,
        },
      ],
    },
    push: pushKind
      ? { kind: pushKind, url: party === 'person' ? '/appointments' : '/care/appointments' }
      : null,
  };
}

export const reminders: { kind: NoticeKind; leadMs: number }[] = [
  { kind: 'reminder_24h', leadMs: 24 * 3_600_000 },
  { kind: 'reminder_10m', leadMs: 10 * 60_000 },
];

/**
 * The reminder sweep: 24 hours and 10 minutes before, to both parties, once each. An
 * appointment booked after a reminder was due does not get that reminder. Queues them in
 * the outbox and wakes its worker; returns how many emails are queued.
 */
export async function sendAppointmentReminders(ctx: AppContext, limit = 200): Promise<number> {
  let queued = 0;
  const now = ctx.now();
  for (const reminder of reminders) {
    const due = await findDueForReminder(ctx.db, now, reminder, limit);
    for (const appointment of due) {
      queued += await enqueueNotice(
        ctx.db,
        appointment,
        reminder.kind,
        ['person', 'coordinator'],
        now,
      );
    }
  }
  if (queued > 0) ctx.outbox.wake();
  return queued;
}
