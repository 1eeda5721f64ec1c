import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { AppError, isUniqueViolation } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { nextSeq, type ConsultationRow } from './consultations.repository.ts';
import {
  findMessageByClientId,
  insertMessageUnlessSent,
  listMessagesAfter,
  type MessageRow,
} from './messages.repository.ts';
import { openMessageBody, sealMessageBody } from './message-body.ts';
import { alertIfHighRisk, flagRiskInMessage } from './risk-flags.ts';
import { isStaffReader, loadConsultationFor } from './consultation-access.ts';

/** Thrown inside the send transaction to roll back the reserved number of a duplicate. */
class AlreadySent extends Error {}

/**
 * A retried send must be the same message: the same client id from another sender or
 * with another text is a client bug, refused rather than silently answered.
 */
export function sameMessageOrConflict(
  ctx: AppContext,
  existing: MessageRow,
  actor: Actor,
  body: string,
): MessageRow {
  if (existing.senderUserId !== actor.userId || openMessageBody(ctx.keyring, existing) !== body) {
    throw new AppError('CONFLICT', { detail: 'client message id reused for another message' });
  }
  return existing;
}

/**
 * The durable send. In one transaction: reserve the next sequence number (which locks
 * the consultation row, serializing senders), insert the sealed message, commit. Only
 * the committed row is returned, and only it may be acknowledged. A retry with the same
 * client id returns the original message and creates nothing.
 */
export async function sendMessage(
  ctx: AppContext,
  {
    actor,
    consultationId,
    clientMsgId,
    body,
  }: { actor: Actor; consultationId: string; clientMsgId: string; body: string },
): Promise<{ message: MessageRow; consultation: ConsultationRow; created: boolean }> {
  const consultation = await loadConsultationFor(ctx, actor, consultationId, 'consultation.write');
  const municipalityId = consultation.municipalityId;
  const bodySealed = sealMessageBody(ctx.keyring, { consultationId, clientMsgId, body });
  for (let attempt = 0; ; attempt++) {
    let closed = false;
    try {
      const created = await ctx.db.transaction(async (tx) => {
        const seq = await nextSeq(tx, municipalityId, consultationId);
        if (seq === null) return null;
        const row = await insertMessageUnlessSent(tx, municipalityId, {
          consultationId,
          seq,
          clientMsgId,
          senderUserId: actor.userId,
          senderRole: actor.role,
          bodySealed,
          createdAt: ctx.now(),
        });
        if (!row) throw new AlreadySent();
        await flagRiskInMessage(tx, {
          municipalityId,
          consultationId,
          seq,
          senderRole: actor.role,
          body,
          now: row.createdAt,
        });
        return row;
      });
      if (created) {
        await alertIfHighRisk(ctx, {
          municipalityId,
          consultationId,
          seq: created.seq,
          senderRole: actor.role,
          body,
        });
        return { message: created, consultation, created: true };
      }
      closed = true;
    } catch (error) {
      // A unique violation can only come from a race the row lock prevents; retry it.
      if (!(error instanceof AlreadySent) && !(isUniqueViolation(error) && attempt < 3)) {
        throw error;
      }
    }
    // A retry of a committed message is answered with the original, even once closed.
    const existing = await findMessageByClientId(
      ctx.db,
      municipalityId,
      consultationId,
      clientMsgId,
    );
    if (existing) {
      return {
        message: sameMessageOrConflict(ctx, existing, actor, body),
        consultation,
        created: false,
      };
    }
    if (closed) throw new AppError('CONSULTATION_CLOSED');
    if (attempt >= 3) throw new AppError('CONFLICT');
  }
}

/** The log after a sequence number, in order. Staff reads are audited before anything is shown. */
export async function listMessages(
  ctx: AppContext,
  {
    actor,
    consultationId,
    afterSeq,
    limit,
  }: { actor: Actor; consultationId: string; afterSeq: number; limit: number },
) {
  const consultation = await loadConsultationFor(ctx, actor, consultationId, 'consultation.read');
  const rows = await listMessagesAfter(
    ctx.db,
    consultation.municipalityId,
    consultation.id,
    afterSeq,
    limit + 1,
  );
  const items = rows.slice(0, limit);
  if (isStaffReader(actor)) {
    await ctx.db.transaction((tx) =>
      recordAudit(
        tx,
        {
          action: 'consultation.read',
          municipalityId: consultation.municipalityId,
          actor,
          target: { type: 'consultation', id: consultation.id },
          detail: { what: 'messages', afterSeq, count: items.length },
        },
        ctx.now(),
      ),
    );
  }
  return {
    items,
    lastSeq: Math.max(consultation.lastSeq, items.at(-1)?.seq ?? 0),
    hasMore: rows.length > limit,
  };
}
