import { z } from 'zod';
import { attachmentTypes } from '../domain/attachments.ts';
import { ZId, ZIsoDateTime } from './common.ts';

export const ZAttachmentType = z.enum(attachmentTypes);

/** What a message shows of each of its files; the bytes are downloaded separately. */
export const ZMessageAttachment = z.object({
  id: ZId,
  mimeType: ZAttachmentType,
  byteSize: z.number().int().min(0),
  /** Pixel size after orientation, for images; null for PDFs. */
  width: z.number().int().min(1).nullable(),
  height: z.number().int().min(1).nullable(),
});
export type TMessageAttachment = z.infer<typeof ZMessageAttachment>;

/**
 * One file, base64 in JSON so that it passes the same validated pipeline as everything
 * else. The client id makes a retried upload the same upload. `mimeType` is what the
 * device says the file is; the server checks it against the content.
 */
export const ZUploadAttachmentRequest = z.object({
  clientUploadId: z.uuid(),
  mimeType: z.string().min(1).max(100),
  data: z.base64().min(1),
});
export type TUploadAttachmentRequest = z.infer<typeof ZUploadAttachmentRequest>;

export const ZAttachment = ZMessageAttachment.extend({
  consultationId: ZId,
  createdAt: ZIsoDateTime,
});
export type TAttachment = z.infer<typeof ZAttachment>;

export const ZAttachmentParams = z.object({ id: ZId, attachmentId: ZId });

/** The download answers with the file itself; this documents it in the contract. */
export const ZAttachmentFile = z.string().describe('the file (binary), with its sniffed type');
