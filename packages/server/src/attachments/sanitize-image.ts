import sharp from 'sharp';
import type { AttachmentType } from '@yorisoi/shared';
import { AppError } from '../platform/errors.ts';

/** A decompression bomb (a small file of enormous pixel size) is refused before decoding. */
const maxInputPixels = 50_000_000;

export interface CleanImage {
  data: Buffer;
  width: number;
  height: number;
}

/**
 * Decodes and re-encodes the picture. Writing only pixels drops every kind of metadata
 * at once (EXIF with GPS, XMP, IPTC, ICC, comments, PNG text and time chunks, WebP
 * EXIF/XMP chunks) instead of knowing each container's hiding places; `rotate()` first
 * applies the EXIF orientation to the pixels, so the photo still stands upright.
 * Only the first frame of an animation is kept.
 */
export async function reencodeImage(bytes: Buffer, type: AttachmentType): Promise<CleanImage> {
  try {
    const pipeline = sharp(bytes, { failOn: 'error', limitInputPixels: maxInputPixels }).rotate();
    const encoded =
      type === 'image/png'
        ? pipeline.png()
        : type === 'image/webp'
          ? pipeline.webp({ quality: 88 })
          : pipeline.jpeg({ quality: 88 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  } catch {
    throw new AppError('ATTACHMENT_UNREADABLE');
  }
}
