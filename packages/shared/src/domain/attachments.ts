/**
 * Files people may attach to a consultation message. The type is decided by the file's
 * content on the server; the declared type must agree with it. HEIC (the iPhone camera's
 * default) is refused with its own message: the image library's prebuilt binaries cannot
 * decode it (HEVC), so its metadata could not be removed. iPhones convert to JPEG when a
 * photo is chosen in a browser file picker, so this rarely matters in practice.
 */
export const attachmentImageTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const attachmentTypes = [...attachmentImageTypes, 'application/pdf'] as const;
export type AttachmentType = (typeof attachmentTypes)[number];

export const refusedHeicTypes = ['image/heic', 'image/heif'] as const;

/** At most this many files in one message. */
export const maxAttachmentsPerMessage = 4;

export function isAttachmentType(value: string): value is AttachmentType {
  return (attachmentTypes as readonly string[]).includes(value);
}

export function isImageAttachment(type: AttachmentType): boolean {
  return type !== 'application/pdf';
}

const extensions: Record<AttachmentType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};

/**
 * Original file names are not kept (they often hold names or diagnoses): a download is
 * named after the attachment's id and type.
 */
export function attachmentFileName(attachment: { id: string; mimeType: AttachmentType }): string {
  return `yorisoi-${attachment.id.slice(0, 8)}.${extensions[attachment.mimeType]}`;
}

/** Where an attachment is downloaded; the same-origin session cookie authorizes it. */
export function attachmentUrl(consultationId: string, attachmentId: string): string {
  return `/api/consultations/${encodeURIComponent(consultationId)}/attachments/${encodeURIComponent(attachmentId)}`;
}
