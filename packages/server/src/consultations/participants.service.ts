import crypto from 'node:crypto';
import { systemMessageBody, type SystemMessageKind } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Db } from '../platform/db/database.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../policy/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { loadConsultationFor } from './consultation-access.ts';
import { findConsultation, type ConsultationRow } from './consultations.repository.ts';
import { appendMessage, type MessageRow } from './messages.repository.ts';
import { sealMessageBody } from './message-body.ts';
import { listReceipts, type ReceiptRow } from './receipts.repository.ts';
import {
  closeParticipation,
  findLicenceType,
  insertParticipant,
  listJoinedSupervisors,
  type ParticipantRow,
} from './participants.repository.ts';

/** A system line in the durable log, so the person sees who came in or went. */
async function appendSystemLine(
  ctx: AppContext,
  tx: Db,
  consultation: ConsultationRow,
  actor: Actor,
  body: string,
): Promise<MessageRow> {
  const clientMsgId = crypto.randomUUID();
  const row = await appendMessage(tx, {
    municipalityId: consultation.municipalityId,
    consultationId: consultation.id,
    clientMsgId,
    senderUserId: actor.userId,
    senderRole: 'system',
    bodySealed: sealMessageBody(ctx.keyring, {
      consultationId: consultation.id,
      clientMsgId,
      body,
    }),
    createdAt: ctx.now(),
  });
  // A new client id: not appended means closed.
  if (!row) throw new AppError('CONSULTATION_CLOSED');
  return row;
}

export interface ParticipationChange {
  consultation: ConsultationRow;
  receipts: ReceiptRow[];
  supervisors: ParticipantRow[];
  /** the announcement, to deliver live; null when nothing changed (already joined / left) */
  announcement: MessageRow | null;
}

async function changeParticipation(
  ctx: AppContext,
  { actor, consultationId }: { actor: Actor; consultationId: string },
  kind: SystemMessageKind,
): Promise<ParticipationChange> {
  const found = await loadConsultationFor(ctx, actor, consultationId, 'consultation.join');
  const municipalityId = found.municipalityId;
  const announcement = await ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const licenceType =
      kind === 'supervisor_joined' ? await findLicenceType(tx, municipalityId, actor.userId) : null;
    const changed =
      kind === 'supervisor_joined'
        ? await insertParticipant(tx, municipalityId, {
            consultationId,
            userId: actor.userId,
            licenceType,
            joinedAt: now,
          })
        : await closeParticipation(tx, municipalityId, {
            consultationId,
            userId: actor.userId,
            leftAt: now,
          });
    if (!changed) return null;
    const line = await appendSystemLine(
      ctx,
      tx,
      found,
      actor,
      systemMessageBody(kind, changed.licenceType),
    );
    await recordAudit(
      tx,
      {
        action:
          kind === 'supervisor_joined'
            ? 'consultation.supervisor_joined'
            : 'consultation.supervisor_left',
        municipalityId,
        actor,
        target: { type: 'consultation', id: consultationId },
        detail: { seq: line.seq },
      },
      now,
    );
    return line;
  });
  const consultation = (await findConsultation(ctx.db, municipalityId, consultationId)) ?? found;
  return {
    consultation,
    receipts: await listReceipts(ctx.db, municipalityId, [consultationId]),
    supervisors: await listJoinedSupervisors(ctx.db, municipalityId, consultationId),
    announcement,
  };
}

/**
 * A supervisor joins a consultation as an announced second person (crisis protocol):
 * recorded, audited and told to the person in the conversation by licence, never hidden.
 * Joining again while joined changes nothing.
 */
export function joinConsultation(
  ctx: AppContext,
  input: { actor: Actor; consultationId: string },
): Promise<ParticipationChange> {
  return changeParticipation(ctx, input, 'supervisor_joined');
}

/** The supervisor leaves again; the person is told. Leaving when not joined changes nothing. */
export function leaveConsultation(
  ctx: AppContext,
  input: { actor: Actor; consultationId: string },
): Promise<ParticipationChange> {
  return changeParticipation(ctx, input, 'supervisor_left');
}
