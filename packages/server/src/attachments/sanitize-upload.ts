import { fileTypeFromBuffer } from 'file-type';
import { isAttachmentType, refusedHeicTypes, type AttachmentType } from '@yorisoi/shared';
import { AppError } from '../platform/errors.ts';
import { reencodeImage } from './sanitize-image.ts';
import { cleanPdf } from './sanitize-pdf.ts';

export interface CleanFile {
  mimeType: AttachmentType;
  data: Buffer;
  width: number | null;
  height: number | null;
}

const isHeic = (type: string) => (refusedHeicTypes as readonly string[]).includes(type);

/** What the bytes are, by their content; `null` when no known signature matches. */
export async function sniffType(bytes: Uint8Array): Promise<string | null> {
  return (await fileTypeFromBuffer(bytes))?.mime ?? null;
}

/**
 * The gate every uploaded file passes before it is stored: an allowed declared type, within
 * the size limit, content of exactly that type, then metadata removed. Anything else is a
 * catalog error, thrown before a row or a sealed blob exists.
 */
export async function sanitizeUpload(
  bytes: Buffer,
  declared: string,
  maxFileBytes: number,
): Promise<CleanFile> {
  const declaredType = declared.trim().toLowerCase();
  if (isHeic(declaredType)) throw new AppError('ATTACHMENT_HEIC_NOT_SUPPORTED');
  if (!isAttachmentType(declaredType)) throw new AppError('ATTACHMENT_TYPE_NOT_ALLOWED');
  if (bytes.length > maxFileBytes) throw new AppError('ATTACHMENT_TOO_LARGE');
  const sniffed = await sniffType(bytes);
  if (sniffed && isHeic(sniffed)) throw new AppError('ATTACHMENT_HEIC_NOT_SUPPORTED');
  if (sniffed !== declaredType) throw new AppError('ATTACHMENT_TYPE_MISMATCH');
  if (declaredType === 'application/pdf') {
    const data = await cleanPdf(bytes);
    return { mimeType: declaredType, data, width: null, height: null };
  }
  const image = await reencodeImage(bytes, declaredType);
  if (image.data.length > maxFileBytes) throw new AppError('ATTACHMENT_TOO_LARGE');
  return { mimeType: declaredType, ...image };
}
