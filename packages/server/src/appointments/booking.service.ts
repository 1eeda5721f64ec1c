import crypto from 'node:crypto';
import type {
  AppointmentChannel,
  ConsultationTopic,
  TAppointment,
  TBookAppointmentRequest,
  TFreeSlot,
  TRescheduleAppointmentRequest,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, authorizeOrNotFound, isCareTeam, tenantScope } from '../policy/policy.ts';
import { appointmentsVisibleTo } from '../policy/visibility.ts';
import { AppError, isUniqueViolation } from '../platform/errors.ts';
import { sealField } from '../platform/crypto/sealed-field.ts';
import type { Db } from '../platform/db/database.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findLatestConsent } from '../consent/consent.repository.ts';
import { isConsentRequired } from '../consent/consent-state.ts';
import { preferredLicences } from '../routing/choose-coordinator.ts';
import {
  bookedBetween,
  bookedOverlapping,
  cancelChangeable,
  findAppointment,
  findBookableStaff,
  insertAppointment,
  listAppointmentsOf,
  lockBookingParty,
  markRescheduled,
  type AppointmentRow,
} from './appointments.repository.ts';
import { loadAvailability } from './availability.repository.ts';
import { findSlot, slotsBetween } from './slots.ts';
import {
  presentAppointment,
  presentAppointments,
  coordinatorsOf,
} from './appointments.presenter.ts';
import { calendarFor, enqueueNotice, type Party } from './appointment-notices.ts';

const dayMs = 86_400_000;

/** The first message waits sealed with the booking; bound to the calendar uid, which survives reschedules. */
export const firstMessageContext = (calendarUid: string) =>
  `appointments.first_message:${calendarUid}`;

/**
 * Free slots for a topic and channel in the next days: licences that suit the topic
 * first (a midwife for pregnancy and birth, as routing does), then by time. Booked
 * slots are simply absent: nothing says who holds them.
 */
export async function listFreeSlots(
  ctx: AppContext,
  {
    actor,
    topic,
    channel,
    days,
  }: { actor: Actor; topic: ConsultationTopic; channel: AppointmentChannel; days: number },
): Promise<TFreeSlot[]> {
  authorize(actor, 'appointment.book', { ...tenantScope(actor), ownerId: actor.userId });
  const municipalityId = actor.municipalityId as string;
  const from = ctx.now();
  const to = new Date(from.getTime() + days * dayMs);
  const staff = await findBookableStaff(ctx.db, ctx, municipalityId);
  const ids = staff.map((s) => s.id);
  const availability = await loadAvailability(ctx.db, municipalityId, ids, { from, to });
  const booked = await bookedBetween(ctx.db, municipalityId, ids, from, to);
  const rank = (licence: string) => {
    const index = (preferredLicences[topic] as readonly string[]).indexOf(licence);
    return index < 0 ? preferredLicences[topic].length : index;
  };
  const free: (TFreeSlot & { rank: number })[] = [];
  for (const member of staff) {
    const a = availability.get(member.id);
    if (!a) continue;
    for (const slot of slotsBetween({ ...a, from, to })) {
      if (!slot.channels.includes(channel)) continue;
      const taken = booked.some(
        (b) =>
          b.coordinatorId === member.id && b.startsAt < slot.endsAt && slot.startsAt < b.endsAt,
      );
      if (taken) continue;
      free.push({
        coordinatorId: member.id,
        licence: member.licence,
        startsAt: slot.startsAt.toISOString(),
        endsAt: slot.endsAt.toISOString(),
        rank: rank(member.licence),
      });
    }
  }
  return free
    .sort((a, b) => a.rank - b.rank || a.startsAt.localeCompare(b.startsAt))
    .map(({ rank: _rank, ...slot }) => slot);
}

interface Reservation {
  personUserId: string;
  coordinatorId: string;
  startsAt: Date;
  channel: AppointmentChannel;
  topics: ConsultationTopic[];
  firstMessage?: string | undefined;
  previous: AppointmentRow | null;
  reason: string | null;
}

/**
 * Takes a slot in one transaction: in the past or outside availability is refused
 * before anything is written; then the coordinator and the person are locked (always in
 * that order) and checked for overlaps. The partial unique indexes are the last word: a
 * race that slipped past the checks still fails, as SLOT_TAKEN.
 */
async function reserve(ctx: AppContext, actor: Actor, r: Reservation): Promise<AppointmentRow> {
  const municipalityId = actor.municipalityId as string;
  const now = ctx.now();
  if (r.startsAt <= now) throw new AppError('SLOT_IN_PAST');
  const [member] = await findBookableStaff(ctx.db, ctx, municipalityId, [r.coordinatorId]);
  if (!member) throw new AppError('SLOT_NOT_AVAILABLE');
  const span = {
    from: new Date(r.startsAt.getTime() - dayMs),
    to: new Date(r.startsAt.getTime() + dayMs),
  };
  const availability = (await loadAvailability(ctx.db, municipalityId, [member.id], span)).get(
    member.id,
  );
  const slot = availability ? findSlot(availability, r.startsAt, r.channel) : null;
  if (!slot) throw new AppError('SLOT_NOT_AVAILABLE');
  const id = crypto.randomUUID();
  const calendarUid = r.previous?.calendarUid ?? id;
  const firstMessageSealed = r.previous
    ? r.previous.firstMessageSealed
    : r.firstMessage
      ? sealField(ctx.keyring, r.firstMessage, firstMessageContext(calendarUid))
      : null;
  try {
    return await ctx.db.transaction(async (tx) => {
      await lockBookingParty(tx, 'coordinator', member.id);
      await lockBookingParty(tx, 'person', r.personUserId);
      const exceptId = r.previous?.id ?? null;
      if (r.previous) {
        const moved = await markRescheduled(tx, municipalityId, r.previous.id, now, {
          rescheduledToId: id,
          changeReason: r.reason,
          changedBy: actor.userId,
        });
        if (!moved) throw new AppError('APPOINTMENT_NOT_CHANGEABLE');
      }
      const span = { startsAt: slot.startsAt, endsAt: slot.endsAt };
      if ((await bookedOverlapping(tx, { coordinatorId: member.id }, span, exceptId)).length > 0) {
        throw new AppError('SLOT_TAKEN');
      }
      if (
        (await bookedOverlapping(tx, { personUserId: r.personUserId }, span, exceptId)).length > 0
      ) {
        throw new AppError('APPOINTMENT_OVERLAPS');
      }
      const created = await insertAppointment(tx, municipalityId, {
        id,
        coordinatorId: member.id,
        personUserId: r.personUserId,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        channel: r.channel,
        topics: r.topics,
        status: 'booked',
        firstMessageSealed,
        calendarUid,
        calendarSequence: r.previous ? r.previous.calendarSequence + 1 : 0,
        changeReason: r.previous ? r.reason : null,
        createdAt: now,
      });
      await enqueueNotices(tx, actor, created, r.previous ? 'rescheduled' : 'booked', now);
      await recordAudit(
        tx,
        {
          action: r.previous ? 'appointment.rescheduled' : 'appointment.booked',
          municipalityId,
          actor,
          target: { type: 'appointment', id },
          detail: { coordinatorId: member.id },
        },
        now,
      );
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('SLOT_TAKEN', { cause: error });
    throw error;
  }
}

/**
 * Queues the notices of a booking or a change in its transaction: a booking confirms to the
 * person and tells the coordinator; a change tells the parties other than the actor. The
 * outbox worker sends them after commit, so the answer never waits for a mail server.
 */
async function enqueueNotices(
  tx: Db,
  actor: Actor,
  row: AppointmentRow,
  change: 'booked' | 'cancelled' | 'rescheduled',
  now: Date,
) {
  if (change === 'booked') {
    await enqueueNotice(tx, row, 'confirmation', ['person'], now);
    await enqueueNotice(tx, row, 'booked_for_staff', ['coordinator'], now);
    return;
  }
  const parties: Party[] = [];
  if (actor.userId !== row.personUserId) parties.push('person');
  if (actor.userId !== row.coordinatorId) parties.push('coordinator');
  await enqueueNotice(tx, row, change, parties, now);
}

export async function bookAppointment(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: TBookAppointmentRequest },
): Promise<TAppointment> {
  authorize(actor, 'appointment.book', { ...tenantScope(actor), ownerId: actor.userId });
  const municipalityId = actor.municipalityId as string;
  if (isConsentRequired(await findLatestConsent(ctx.db, municipalityId, actor.userId))) {
    throw new AppError('CONSENT_REQUIRED');
  }
  const row = await reserve(ctx, actor, {
    personUserId: actor.userId,
    coordinatorId: input.coordinatorId,
    startsAt: new Date(input.startsAt),
    channel: input.channel,
    topics: input.topics,
    firstMessage: input.firstMessage,
    previous: null,
    reason: null,
  });
  ctx.outbox.wake();
  const [presented] = await presentAppointments(ctx.db, ctx, [row], actor);
  // The booking notice was queued for mail only when this installation sends mail.
  return { ...(presented as TAppointment), confirmation: ctx.mailer ? 'mail' : 'none' };
}

async function loadAppointmentFor(ctx: AppContext, actor: Actor, appointmentId: string) {
  if (!actor.municipalityId) throw new AppError('NOT_FOUND');
  const row = await findAppointment(ctx.db, actor.municipalityId, appointmentId);
  if (!row) throw new AppError('NOT_FOUND');
  authorizeOrNotFound(actor, 'appointment.manage', {
    municipalityId: row.municipalityId,
    ownerId: row.personUserId,
    assigneeId: row.coordinatorId,
  });
  return row;
}

/** Staff owe the person a reason when they cancel or move the appointment. */
function requireStaffReason(actor: Actor, reason: string | undefined): string | null {
  if (isCareTeam(actor) && !reason) {
    throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'reason', message: 'required' }] });
  }
  return reason ?? null;
}

export async function cancelAppointment(
  ctx: AppContext,
  {
    actor,
    appointmentId,
    reason,
  }: { actor: Actor; appointmentId: string; reason?: string | undefined },
): Promise<TAppointment> {
  const found = await loadAppointmentFor(ctx, actor, appointmentId);
  const changeReason = requireStaffReason(actor, reason);
  const now = ctx.now();
  const row = await ctx.db.transaction(async (tx) => {
    const cancelled = await cancelChangeable(tx, found.municipalityId, found.id, now, {
      changeReason,
      changedBy: actor.userId,
    });
    if (!cancelled) throw new AppError('APPOINTMENT_NOT_CHANGEABLE');
    await enqueueNotices(tx, actor, cancelled, 'cancelled', now);
    await recordAudit(
      tx,
      {
        action: 'appointment.cancelled',
        municipalityId: found.municipalityId,
        actor,
        target: { type: 'appointment', id: found.id },
      },
      now,
    );
    return cancelled;
  });
  ctx.outbox.wake();
  const coordinators = await coordinatorsOf(ctx.db, ctx, [row]);
  return presentAppointment(row, actor, coordinators.get(row.coordinatorId));
}

/** Moves the booking to another free slot (same or another coordinator) in one transaction. */
export async function rescheduleAppointment(
  ctx: AppContext,
  {
    actor,
    appointmentId,
    input,
  }: { actor: Actor; appointmentId: string; input: TRescheduleAppointmentRequest },
): Promise<TAppointment> {
  const found = await loadAppointmentFor(ctx, actor, appointmentId);
  const reason = requireStaffReason(actor, input.reason);
  if (found.status !== 'booked' || found.consultationId || found.startsAt <= ctx.now()) {
    throw new AppError('APPOINTMENT_NOT_CHANGEABLE');
  }
  const row = await reserve(ctx, actor, {
    personUserId: found.personUserId,
    coordinatorId: input.coordinatorId ?? found.coordinatorId,
    startsAt: new Date(input.startsAt),
    channel: found.channel as AppointmentChannel,
    topics: found.topics as ConsultationTopic[],
    previous: found,
    reason,
  });
  ctx.outbox.wake();
  const [presented] = await presentAppointments(ctx.db, ctx, [row], actor);
  return presented as TAppointment;
}

/** Upcoming and last week's appointments: the person's own, a coordinator's own, or a supervisor's pick. */
export async function listAppointments(
  ctx: AppContext,
  { actor, coordinatorId }: { actor: Actor; coordinatorId?: string | undefined },
): Promise<TAppointment[]> {
  authorize(actor, 'appointment.listOwn', tenantScope(actor));
  const municipalityId = actor.municipalityId as string;
  const since = new Date(ctx.now().getTime() - 7 * dayMs);
  const who = appointmentsVisibleTo(actor, coordinatorId);
  const rows = await listAppointmentsOf(ctx.db, municipalityId, who, since);
  return presentAppointments(ctx.db, ctx, rows, actor);
}

export async function getAppointmentCalendar(
  ctx: AppContext,
  { actor, appointmentId }: { actor: Actor; appointmentId: string },
) {
  const row = await loadAppointmentFor(ctx, actor, appointmentId);
  const party: Party = actor.userId === row.personUserId ? 'person' : 'coordinator';
  return { filename: 'yorisoi-appointment.ics', ics: calendarFor(ctx, row, party) };
}
