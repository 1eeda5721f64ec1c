import type { TAttachment, TMessageAttachment } from '@yorisoi/shared';
import type { AttachmentRow } from './attachments.repository.ts';

export function presentAttachment(row: AttachmentRow): TAttachment {
  return {
    id: row.id,
    consultationId: row.consultationId,
    mimeType: row.mimeType as TMessageAttachment['mimeType'],
    byteSize: row.byteSize,
    width: row.width,
    height: row.height,
    createdAt: row.createdAt.toISOString(),
  };
}
