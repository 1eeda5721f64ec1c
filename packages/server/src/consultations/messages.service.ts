import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { AppError, isUniqueViolation } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ConsultationRow } from './consultations.repository.ts';
import {
  appendMessage,
  findMessageByClientId,
  listMessagesAfter,
  type MessageRow,
} from './messages.repository.ts';
import { openMessageBody, sealMessageBody } from './message-body.ts';
import { flagRiskInMessage, needsRiskFlag } from './risk-flags.ts';
import { isCareTeam } from '../policy/policy.ts';
import { loadConsultationFor } from './consultation-access.ts';
import { AttachmentsUnavailable, takeAttachments } from '../attachments/attachments.service.ts';
import { attachToMessage } from '../attachments/attachments.repository.ts';
import { groupCommits, type QueuedSend } from './send-queue.ts';

/**
 * A retried send must be the same message: the same client id from another sender or
 * with another text is a client bug, refused rather than silently answered.
 */
export function sameMessageOrConflict(
  ctx: AppContext,
  existing: MessageRow,
  actor: Actor,
  body: string,
  attachmentIds: readonly string[] = [],
): MessageRow {
  const sameFiles =
    existing.attachments.length === attachmentIds.length &&
    existing.attachments.every((a, i) => a.id === attachmentIds[i]);
  if (
    existing.senderUserId !== actor.userId ||
    openMessageBody(ctx.keyring, existing) !== body ||
    !sameFiles
  ) {
    throw new AppError('CONFLICT', { detail: 'client message id reused for another message' });
  }
  return existing;
}

interface SendResult {
  message: MessageRow;
  consultation: ConsultationRow;
  created: boolean;
  /** A risk expression was flagged (urgency raised) by this very message. */
  riskFlagged: boolean;
}

/**
 * A plain text send through the log's group commit. Null when it must be sent alone: the
 * consultation closed or changed hands since this instance read it, or a race; the lone
 * send reads afresh and says which.
 */
async function sendInBatch(
  ctx: AppContext,
  actor: Actor,
  values: QueuedSend['entry'],
  body: string,
): Promise<SendResult | null> {
  const queued = await ctx.sends.submit({ actor, entry: values });
  if (queued.kind === 'appended') {
    const { message, consultation } = queued;
    return { message, consultation, created: true, riskFlagged: false };
  }
  if (queued.kind === 'alone') return null;
  const existing = await findMessageByClientId(
    ctx.db,
    queued.municipalityId,
    values.consultationId,
    values.clientMsgId,
  );
  if (!existing) return null;
  // A retry of a committed message: the original, to a sender who may still write there.
  const consultation = await loadConsultationFor(
    ctx,
    actor,
    values.consultationId,
    'consultation.write',
  );
  return {
    message: sameMessageOrConflict(ctx, existing, actor, body),
    consultation,
    created: false,
    riskFlagged: false,
  };
}

/**
 * The durable send: the message is appended with the next sequence number and committed
 * (with its risk flag, when it carries one, and the files it takes, in the same
 * transaction); only the committed row is returned, and only it may be acknowledged. A
 * retry with the same client id returns the original message and creates nothing.
 */
export async function sendMessage(
  ctx: AppContext,
  {
    actor,
    consultationId,
    clientMsgId,
    body,
    attachmentIds = [],
  }: {
    actor: Actor;
    consultationId: string;
    clientMsgId: string;
    body: string;
    attachmentIds?: string[];
  },
): Promise<SendResult> {
  const values = {
    consultationId,
    clientMsgId,
    senderUserId: actor.userId,
    senderRole: actor.role,
    bodySealed: sealMessageBody(ctx.keyring, { consultationId, clientMsgId, body }),
    createdAt: ctx.now(),
  };
  if (groupCommits(actor, needsRiskFlag(actor.role, body), attachmentIds.length)) {
    const sent = await sendInBatch(ctx, actor, values, body);
    if (sent) return sent;
  }
  const consultation = await loadConsultationFor(ctx, actor, consultationId, 'consultation.write');
  const municipalityId = consultation.municipalityId;
  for (let attempt = 0; ; attempt++) {
    let created: MessageRow | null = null;
    let duplicate = false;
    let filesTaken = false;
    try {
      created =
        needsRiskFlag(actor.role, body) || attachmentIds.length > 0
          ? await ctx.db.transaction(async (tx) => {
              const attachments = await takeAttachments(ctx, tx, {
                municipalityId,
                consultationId,
                senderId: actor.userId,
                ids: attachmentIds,
              });
              const row = await appendMessage(tx, { ...values, municipalityId, attachments });
              if (row && attachmentIds.length > 0) {
                await attachToMessage(tx, municipalityId, attachmentIds, row.id);
              }
              if (row && needsRiskFlag(actor.role, body)) {
                await flagRiskInMessage(tx, {
                  municipalityId,
                  consultationId,
                  seq: row.seq,
                  senderRole: actor.role,
                  body,
                  now: row.createdAt,
                });
              }
              return row;
            })
          : await appendMessage(ctx.db, { ...values, municipalityId });
    } catch (error) {
      // Files already taken are most likely taken by this very message, sent before.
      filesTaken = error instanceof AttachmentsUnavailable;
      // A racing statement committed the same client id meanwhile (a retry sent twice).
      if (!filesTaken && !isUniqueViolation(error)) throw error;
      if (attempt >= 3) throw new AppError('CONFLICT');
      duplicate = true;
    }
    if (created) {
      const riskFlagged = needsRiskFlag(actor.role, body);
      // A high risk's alert is in the outbox: its worker mails it, this send does not wait.
      if (riskFlagged) ctx.outbox.wake();
      return { message: created, consultation, created: true, riskFlagged };
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
        message: sameMessageOrConflict(ctx, existing, actor, body, attachmentIds),
        consultation,
        created: false,
        riskFlagged: false,
      };
    }
    if (filesTaken) throw new AppError('ATTACHMENT_NOT_AVAILABLE');
    if (!duplicate) throw new AppError('CONSULTATION_CLOSED');
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
  if (isCareTeam(actor)) {
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
