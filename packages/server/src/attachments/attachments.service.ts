import crypto from 'node:crypto';
import type { TMessageAttachment } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import type { Db } from '../platform/db/database.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { isCareTeam } from '../policy/policy.ts';
import { loadConsultationFor } from '../consultations/consultation-access.ts';
import {
  findAttachment,
  findAttachmentByClientId,
  insertAttachmentUnlessUploaded,
  lockUnsentAttachments,
  type AttachmentRow,
} from './attachments.repository.ts';
import { openAttachmentData, sealAttachmentData } from './attachment-data.ts';
import { sanitizeUpload } from './sanitize-upload.ts';

/** A retried upload is the same upload: the same client id from someone else is a client bug. */
function sameUploadOrConflict(existing: AttachmentRow, actor: Actor): AttachmentRow {
  if (existing.uploaderUserId !== actor.userId) {
    throw new AppError('CONFLICT', { detail: 'client upload id reused by another person' });
  }
  return existing;
}

/**
 * Checks, cleans and seals one file for a coming message. Nothing is written unless the
 * file passed every check. A retry with the same client id answers with the first upload
 * without processing the bytes again.
 */
export async function uploadAttachment(
  ctx: AppContext,
  {
    actor,
    consultationId,
    clientUploadId,
    mimeType,
    data,
  }: {
    actor: Actor;
    consultationId: string;
    clientUploadId: string;
    mimeType: string;
    data: string;
  },
): Promise<AttachmentRow> {
  const consultation = await loadConsultationFor(ctx, actor, consultationId, 'consultation.write');
  const municipalityId = consultation.municipalityId;
  const existing = await findAttachmentByClientId(
    ctx.db,
    municipalityId,
    consultationId,
    clientUploadId,
  );
  if (existing) return sameUploadOrConflict(existing, actor);
  if (consultation.status === 'closed') throw new AppError('CONSULTATION_CLOSED');
  const clean = await sanitizeUpload(
    Buffer.from(data, 'base64'),
    mimeType,
    ctx.config.attachments.maxFileBytes,
  );
  const id = crypto.randomUUID();
  const row = await insertAttachmentUnlessUploaded(ctx.db, municipalityId, {
    id,
    consultationId,
    clientUploadId,
    uploaderUserId: actor.userId,
    mimeType: clean.mimeType,
    byteSize: clean.data.length,
    width: clean.width,
    height: clean.height,
    dataSealed: sealAttachmentData(ctx.keyring, { consultationId, id, data: clean.data }),
    createdAt: ctx.now(),
  });
  if (row) return row;
  const raced = await findAttachmentByClientId(
    ctx.db,
    municipalityId,
    consultationId,
    clientUploadId,
  );
  if (!raced) throw new AppError('CONFLICT');
  return sameUploadOrConflict(raced, actor);
}

/** Thrown inside the send transaction when its files cannot be taken. */
export class AttachmentsUnavailable extends Error {}

/**
 * Inside the send transaction: locks the sender's unsent uploads, checks the message's
 * total size and returns their descriptions in the order given. The caller marks them
 * taken (`attachToMessage`) once the message row exists.
 */
export async function takeAttachments(
  ctx: AppContext,
  tx: Db,
  input: { municipalityId: string; consultationId: string; senderId: string; ids: string[] },
): Promise<TMessageAttachment[]> {
  if (input.ids.length === 0) return [];
  const rows = await lockUnsentAttachments(
    tx,
    input.municipalityId,
    input.consultationId,
    input.senderId,
    input.ids,
  );
  if (rows.length !== input.ids.length) throw new AttachmentsUnavailable();
  const total = rows.reduce((sum, r) => sum + r.byteSize, 0);
  if (total > ctx.config.attachments.maxMessageBytes) throw new AppError('ATTACHMENT_TOO_LARGE');
  const byId = new Map(rows.map((r) => [r.id, r]));
  return input.ids.map((id) => {
    const row = byId.get(id)!;
    return {
      id,
      mimeType: row.mimeType as TMessageAttachment['mimeType'],
      byteSize: row.byteSize,
      width: row.width,
      height: row.height,
    };
  });
}

/**
 * One file for a party of the consultation. An upload not yet sent is only its
 * uploader's. Staff reads are audited before the bytes are opened.
 */
export async function readAttachment(
  ctx: AppContext,
  {
    actor,
    consultationId,
    attachmentId,
  }: { actor: Actor; consultationId: string; attachmentId: string },
): Promise<{ row: AttachmentRow; data: Buffer }> {
  const consultation = await loadConsultationFor(ctx, actor, consultationId, 'consultation.read');
  const row = await findAttachment(
    ctx.db,
    consultation.municipalityId,
    consultationId,
    attachmentId,
  );
  if (!row || (row.messageId === null && row.uploaderUserId !== actor.userId)) {
    throw new AppError('NOT_FOUND');
  }
  if (isCareTeam(actor)) {
    await ctx.db.transaction((tx) =>
      recordAudit(
        tx,
        {
          action: 'consultation.read',
          municipalityId: consultation.municipalityId,
          actor,
          target: { type: 'consultation', id: consultation.id },
          detail: { what: 'attachment', attachmentId: row.id },
        },
        ctx.now(),
      ),
    );
  }
  return { row, data: openAttachmentData(ctx.keyring, row) };
}
