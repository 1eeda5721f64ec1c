import crypto from 'node:crypto';
import type { AppContext } from '../app/context.ts';
import { openField } from '../platform/crypto/sealed-field.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { insertConsultation } from '../consultations/consultations.repository.ts';
import { appendMessage } from '../consultations/messages.repository.ts';
import { sealMessageBody } from '../consultations/message-body.ts';
import {
  findBookingPerson,
  findDueToOpen,
  lockUnopenedBooking,
  markOpened,
  type AppointmentRow,
} from './appointments.repository.ts';
import { firstMessageContext } from './booking.service.ts';
import type {
  ConsultationChange,
  ConsultationEvents,
} from '../consultations/consultation-events.ts';

/** The consultation opens this long before the booked time, so both sides can come in. */
export const openLeadMs = 5 * 60_000;

/**
 * Opens the consultation of a booked appointment, already assigned to the booked
 * coordinator (status active): the routing sweep only takes queued consultations, so it
 * never touches a booked one. The appointment row is locked, so two sweeps open it once.
 */
async function openAppointment(
  ctx: AppContext,
  due: AppointmentRow,
): Promise<ConsultationChange | null> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const row = await lockUnopenedBooking(tx, due.municipalityId, due.id);
    if (!row) return null;
    const person = await findBookingPerson(tx, row.municipalityId, row.personUserId);
    if (!person) return null;
    const consultationId = crypto.randomUUID();
    const body = row.firstMessageSealed
      ? openField(ctx.keyring, row.firstMessageSealed, firstMessageContext(row.calendarUid))
      : null;
    await insertConsultation(tx, row.municipalityId, {
      id: consultationId,
      personUserId: row.personUserId,
      organizationId: person.organizationId,
      status: 'active',
      topics: row.topics,
      preference: row.channel,
      assignedCoordinatorId: row.coordinatorId,
      lastSeq: 0,
      createdAt: now,
    });
    if (body) {
      // The booking id doubles as the client id: the message is created once, by this row.
      await appendMessage(tx, {
        municipalityId: row.municipalityId,
        consultationId,
        clientMsgId: row.id,
        senderUserId: row.personUserId,
        senderRole: person.role,
        bodySealed: sealMessageBody(ctx.keyring, { consultationId, clientMsgId: row.id, body }),
        createdAt: now,
      });
    }
    await markOpened(tx, row.municipalityId, row.id, consultationId);
    await recordAudit(
      tx,
      {
        action: 'appointment.opened',
        municipalityId: row.municipalityId,
        target: { type: 'consultation', id: consultationId },
        detail: { appointmentId: row.id },
      },
      now,
    );
    return {
      municipalityId: row.municipalityId,
      consultationId,
      personUserId: row.personUserId,
      assigneeUserId: row.coordinatorId,
      queue: false,
    };
  });
}

/** The sweep: opens every booked appointment whose time has (almost) come. */
export async function openDueAppointments(
  ctx: AppContext,
  events: ConsultationEvents,
  limit = 50,
): Promise<number> {
  const due = await findDueToOpen(ctx.db, new Date(ctx.now().getTime() + openLeadMs), limit);
  let opened = 0;
  for (const row of due) {
    const change = await openAppointment(ctx, row);
    if (!change) continue;
    opened++;
    events.consultationChanged(change);
  }
  return opened;
}
