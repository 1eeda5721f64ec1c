import { eq, inArray } from 'drizzle-orm';
import type { AppointmentChannel, TPushKind } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { appointmentNotices, users } from '../platform/db/schema/index.ts';
import { createMailer, type Mailer } from '../notifications/mailer.ts';
import { sendPushToAccounts } from '../notifications/push/send-push.ts';
import type { AppointmentRow } from './appointments.repository.ts';
import { findDueForReminder } from './appointments.repository.ts';
import { appointmentMail, type NoticeKind } from './appointment-texts.ts';
import { buildCalendar } from './calendar.ts';

const mailers = new WeakMap<AppContext, Mailer | null>();
function mailerFor(ctx: AppContext): Mailer | null {
  if (!mailers.has(ctx)) mailers.set(ctx, createMailer(ctx.config));
  return mailers.get(ctx) ?? null;
}

export type Party = 'person' | 'coordinator';

export function calendarFor(ctx: AppContext, appointment: AppointmentRow, party: Party) {
  return buildCalendar({
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

type Outcome = { status: 'sent' | 'failed' | 'skipped'; error: string | null };

/** Claims the notice row of one kind, person and channel; null when it was claimed before. */
async function claimNotice(
  ctx: AppContext,
  appointment: AppointmentRow,
  userId: string,
  kind: NoticeKind,
  channel: 'email' | 'push',
): Promise<string | null> {
  const [claimed] = await ctx.db
    .insert(appointmentNotices)
    .values({
      municipalityId: appointment.municipalityId,
      appointmentId: appointment.id,
      userId,
      kind,
      channel,
      createdAt: ctx.now(),
    })
    .onConflictDoNothing()
    .returning({ id: appointmentNotices.id });
  return claimed?.id ?? null;
}

async function recordNotice(ctx: AppContext, id: string, outcome: Outcome) {
  await ctx.db
    .update(appointmentNotices)
    .set({ ...outcome, sentAt: outcome.status === 'sent' ? ctx.now() : null })
    .where(eq(appointmentNotices.id, id));
}

const userOf = (appointment: AppointmentRow, party: Party) =>
  party === 'person' ? appointment.personUserId : appointment.coordinatorId;

async function emailOnce(
  ctx: AppContext,
  appointment: AppointmentRow,
  kind: NoticeKind,
  party: Party,
  email: string,
): Promise<boolean> {
  const id = await claimNotice(ctx, appointment, userOf(appointment, party), kind, 'email');
  if (!id) return false;
  const mailer = mailerFor(ctx);
  let outcome: Outcome = { status: 'skipped', error: null };
  if (mailer) {
    try {
      await mailer.send({
        to: email,
        ...appointmentMail(
          kind,
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
      });
      outcome = { status: 'sent', error: null };
    } catch (error) {
      outcome = {
        status: 'failed',
        error: error instanceof Error ? error.message.slice(0, 300) : 'unknown',
      };
    }
  }
  await recordNotice(ctx, id, outcome);
  return outcome.status === 'sent';
}

/** A fixed text per kind, never the time or topic: a push shows on a lock screen. */
const pushKindOf: Record<NoticeKind, TPushKind | null> = {
  confirmation: null,
  booked_for_staff: 'appointment_booked',
  reminder_24h: 'appointment_reminder',
  reminder_10m: 'appointment_reminder',
  cancelled: 'appointment_changed',
  rescheduled: 'appointment_changed',
};

async function pushOnce(
  ctx: AppContext,
  appointment: AppointmentRow,
  kind: NoticeKind,
  parties: Party[],
): Promise<void> {
  const pushKind = pushKindOf[kind];
  if (!pushKind) return;
  for (const party of parties) {
    const userId = userOf(appointment, party);
    const id = await claimNotice(ctx, appointment, userId, kind, 'push');
    if (!id) continue;
    const { reachedUserIds } = await sendPushToAccounts(ctx, {
      municipalityId: appointment.municipalityId,
      userIds: [userId],
      notification: {
        kind: pushKind,
        url: party === 'person' ? '/appointments' : '/care/appointments',
      },
    });
    await recordNotice(ctx, id, {
      status: reachedUserIds.includes(userId) ? 'sent' : 'skipped',
      error: null,
    });
  }
}

/**
 * Sends one notice of one kind to each party once: an email with the .ics attached, and a
 * web push to their subscribed devices. Each row is claimed first (its unique key makes
 * a second claim a no-op), so a restart or a second instance never sends it again.
 * Returns how many emails went out.
 */
export async function noticeOnce(
  ctx: AppContext,
  appointment: AppointmentRow,
  kind: NoticeKind,
  parties: Party[],
): Promise<number> {
  if (parties.length === 0) return 0;
  const people = await ctx.db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(
      inArray(
        users.id,
        parties.map((p) => userOf(appointment, p)),
      ),
    );
  let sent = 0;
  for (const party of parties) {
    const email = people.find((p) => p.id === userOf(appointment, party))?.email;
    if (email && (await emailOnce(ctx, appointment, kind, party, email))) sent++;
  }
  await pushOnce(ctx, appointment, kind, parties).catch(() => undefined);
  return sent;
}

export const reminders: { kind: NoticeKind; leadMs: number }[] = [
  { kind: 'reminder_24h', leadMs: 24 * 3_600_000 },
  { kind: 'reminder_10m', leadMs: 10 * 60_000 },
];

/**
 * The reminder sweep: 24 hours and 10 minutes before, to both parties, once each. An
 * appointment booked after a reminder was due does not get that reminder.
 */
export async function sendAppointmentReminders(ctx: AppContext, limit = 200): Promise<number> {
  let sent = 0;
  for (const reminder of reminders) {
    const due = await findDueForReminder(ctx.db, ctx.now(), reminder, limit);
    for (const appointment of due) {
      sent += await noticeOnce(ctx, appointment, reminder.kind, ['person', 'coordinator']);
    }
  }
  return sent;
}
