import crypto from 'node:crypto';
import type { TCheckIn } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { AppError } from '../platform/errors.ts';
import { loadConsultationFor } from '../consultations/consultation-access.ts';
import {
  insertConsultation,
  type ConsultationRow,
} from '../consultations/consultations.repository.ts';
import { appendMessage, type MessageRow } from '../consultations/messages.repository.ts';
import { sealMessageBody } from '../consultations/message-body.ts';
import { sendMessage } from '../consultations/messages.service.ts';
import { findNextScheduledCheckIn, updateScheduledCheckIn } from './check-ins.repository.ts';
import { auditCheckIn, loadCheckInFor, presentOneCheckIn } from './check-ins.service.ts';

export interface CheckInContact {
  checkIn: TCheckIn;
  consultation: ConsultationRow;
  message: MessageRow;
  /** A new consultation was opened (the first one was closed). */
  opened: boolean;
  /** The message was committed by the send path, which the caller announces. */
  sent: { consultation: ConsultationRow; riskFlagged: boolean } | null;
}

/**
 * Doing a check-in is writing to the person. While the consultation is open the message
 * goes into it, through the ordinary durable send. A closed consultation stays closed (its
 * case coding and anonymous record are final), so the message opens a new consultation
 * on the same topics, held by whoever does the check-in, the way a person's own new
 * consultation would begin. Either way the check-in is marked done with where it went.
 */
export async function completeCheckIn(
  ctx: AppContext,
  {
    actor,
    checkInId,
    clientMsgId,
    body,
  }: { actor: Actor; checkInId: string; clientMsgId: string; body: string },
): Promise<CheckInContact> {
  const { checkIn, consultation } = await loadCheckInFor(ctx, actor, checkInId);
  if (checkIn.status !== 'scheduled') throw new AppError('CHECK_IN_NOT_SCHEDULED');
  if (consultation.status !== 'closed') {
    const sent = await sendMessage(ctx, {
      actor,
      consultationId: consultation.id,
      clientMsgId,
      body,
    });
    const done = await markDone(ctx, actor, checkIn.id, consultation, consultation.id);
    return {
      checkIn: done,
      consultation: sent.consultation,
      message: sent.message,
      opened: false,
      sent,
    };
  }
  const id = crypto.randomUUID();
  const now = ctx.now();
  const opened = await ctx.db.transaction(async (tx) => {
    const inserted = await insertConsultation(tx, consultation.municipalityId, {
      id,
      personUserId: consultation.personUserId,
      organizationId: consultation.organizationId,
      topics: consultation.topics,
      preference: consultation.preference,
      status: 'active',
      assignedCoordinatorId: actor.userId,
      lastSeq: 0,
      createdAt: now,
    });
    const message = await appendMessage(tx, {
      municipalityId: consultation.municipalityId,
      consultationId: id,
      clientMsgId,
      senderUserId: actor.userId,
      senderRole: actor.role,
      bodySealed: sealMessageBody(ctx.keyring, { consultationId: id, clientMsgId, body }),
      createdAt: now,
    });
    if (!message) throw new Error('first message of a new consultation already exists');
    // Its first message took seq 1, as the log's append numbered it.
    const next = { ...inserted, lastSeq: message.seq };
    const done = await updateScheduledCheckIn(
      tx,
      { municipalityId: checkIn.municipalityId, id: checkIn.id },
      { status: 'done', doneAt: now, doneBy: actor.userId, followUpConsultationId: id },
    );
    if (!done) throw new AppError('CHECK_IN_NOT_SCHEDULED');
    await auditCheckIn(
      tx,
      actor,
      consultation,
      'check_in.done',
      { checkInId: checkIn.id, followUpConsultationId: id },
      now,
    );
    return { consultation: next, message, done };
  });
  return {
    checkIn: await presentOneCheckIn(ctx, opened.done),
    consultation: opened.consultation,
    message: opened.message,
    opened: true,
    sent: null,
  };
}

async function markDone(
  ctx: AppContext,
  actor: Actor,
  checkInId: string,
  consultation: ConsultationRow,
  followUpConsultationId: string,
) {
  const now = ctx.now();
  const done = await ctx.db.transaction(async (tx) => {
    const row = await updateScheduledCheckIn(
      tx,
      { municipalityId: consultation.municipalityId, id: checkInId },
      { status: 'done', doneAt: now, doneBy: actor.userId, followUpConsultationId },
    );
    if (!row) throw new AppError('CHECK_IN_NOT_SCHEDULED');
    await auditCheckIn(
      tx,
      actor,
      consultation,
      'check_in.done',
      { checkInId, followUpConsultationId },
      now,
    );
    return row;
  });
  return presentOneCheckIn(ctx, done);
}

/**
 * What the person is told: the health room will contact them at this time. Never the
 * care team's note, nor who will call.
 */
export async function getPlannedContact(
  ctx: AppContext,
  { actor, consultationId }: { actor: Actor; consultationId: string },
): Promise<{ dueAt: string | null }> {
  const consultation = await loadConsultationFor(ctx, actor, consultationId, 'consultation.read');
  const next = await findNextScheduledCheckIn(ctx.db, {
    municipalityId: consultation.municipalityId,
    consultationIds: [consultation.id],
  });
  return { dueAt: next?.dueAt.toISOString() ?? null };
}
