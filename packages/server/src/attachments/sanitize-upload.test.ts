import fc from 'fast-check';
import sharp from 'sharp';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { attachmentTypes } from '@yorisoi/shared';
import { AppError } from '../platform/errors.ts';
import { sanitizeUpload, sniffType } from './sanitize-upload.ts';
import {
  encryptedPdf,
  jpegWithMetadata,
  pdfWithMetadata,
  pngWithMetadata,
} from '../testing/file-fixtures.ts';

const limit = 10 * 1024 * 1024;
const marker = 'GPS-MARKER-a91c';

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'accepted';
}

describe('sanitizeUpload', () => {
  it('the fixtures really carry the metadata the tests expect to see removed', async () => {
    const jpeg = await jpegWithMetadata(marker);
    const meta = await sharp(jpeg).metadata();
    expect(meta.orientation).toBe(6);
    expect(meta.exif?.includes('GPS') || meta.exif?.length).toBeTruthy();
    expect(jpeg.includes(marker)).toBe(true);
    expect((await pngWithMetadata(marker)).includes(marker)).toBe(true);
    expect((await pdfWithMetadata(marker, 'body')).includes(marker)).toBe(true);
  });

  it('removes EXIF (with GPS), XMP and comments from a JPEG and keeps it upright', async () => {
    const clean = await sanitizeUpload(await jpegWithMetadata(marker), 'image/jpeg', limit);
    expect(clean.mimeType).toBe('image/jpeg');
    expect(clean.data.includes(marker)).toBe(false);
    expect(clean.data.includes('Exif')).toBe(false);
    expect(clean.data.includes('http://ns.adobe.com/xap')).toBe(false);
    const meta = await sharp(clean.data).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.orientation ?? 1).toBe(1);
    // Orientation 6 turns the 40×20 picture a quarter to the right: red on top now.
    expect([clean.width, clean.height, meta.width, meta.height]).toEqual([20, 40, 20, 40]);
    const { data } = await sharp(clean.data).raw().toBuffer({ resolveWithObject: true });
    const top = { r: data[(2 * 20 + 10) * 3]!, b: data[(2 * 20 + 10) * 3 + 2]! };
    expect(top.r).toBeGreaterThan(top.b);
  });

  it('removes text and time chunks from a PNG', async () => {
    const clean = await sanitizeUpload(await pngWithMetadata(marker), 'image/png', limit);
    expect(clean.data.includes(marker)).toBe(false);
    expect(clean.data.includes('tEXt')).toBe(false);
    expect(clean.data.includes('tIME')).toBe(false);
  });

  it('removes EXIF and XMP from a WebP', async () => {
    const webp = await sharp(await jpegWithMetadata(marker))
      .keepMetadata()
      .webp()
      .toBuffer();
    expect(webp.includes('EXIF')).toBe(true);
    const clean = await sanitizeUpload(webp, 'image/webp', limit);
    expect(clean.data.includes('EXIF')).toBe(false);
    expect(clean.data.includes(marker)).toBe(false);
  });

  it('removes the Info dictionary and XMP of a PDF and keeps its content', async () => {
    const clean = await sanitizeUpload(
      await pdfWithMetadata(marker, 'KEEP-ME'),
      'application/pdf',
      limit,
    );
    expect(clean.data.includes(marker)).toBe(false);
    expect(clean.data.includes('KEEP-ME')).toBe(true);
    const reloaded = await PDFDocument.load(clean.data, { updateMetadata: false });
    expect(reloaded.getTitle()).toBeUndefined();
    expect(reloaded.getAuthor()).toBeUndefined();
    expect(reloaded.getPageCount()).toBe(1);
  });

  it('refuses encrypted PDFs, HEIC, lies about the type and files over the limit', async () => {
    const jpeg = await jpegWithMetadata(marker);
    expect(await refusal(sanitizeUpload(await encryptedPdf(), 'application/pdf', limit))).toBe(
      'ATTACHMENT_PDF_ENCRYPTED',
    );
    expect(await refusal(sanitizeUpload(jpeg, 'image/heic', limit))).toBe(
      'ATTACHMENT_HEIC_NOT_SUPPORTED',
    );
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 24]),
      Buffer.from('ftypheic\0\0\0\0mif1heic'),
    ]);
    expect(await sniffType(heic)).toBe('image/heic');
    expect(await refusal(sanitizeUpload(heic, 'image/jpeg', limit))).toBe(
      'ATTACHMENT_HEIC_NOT_SUPPORTED',
    );
    expect(await refusal(sanitizeUpload(jpeg, 'image/png', limit))).toBe(
      'ATTACHMENT_TYPE_MISMATCH',
    );
    expect(await refusal(sanitizeUpload(jpeg, 'application/pdf', limit))).toBe(
      'ATTACHMENT_TYPE_MISMATCH',
    );
    expect(
      await refusal(sanitizeUpload(Buffer.from('<svg onload=alert(1)>'), 'image/svg+xml', limit)),
    ).toBe('ATTACHMENT_TYPE_NOT_ALLOWED');
    expect(await refusal(sanitizeUpload(Buffer.from('MZ\x90\0'), 'image/jpeg', limit))).toBe(
      'ATTACHMENT_TYPE_MISMATCH',
    );
    expect(await refusal(sanitizeUpload(jpeg, 'image/jpeg', jpeg.length - 1))).toBe(
      'ATTACHMENT_TOO_LARGE',
    );
  });

  it('random bytes never crash and never pass as an image, whatever signature they start with', async () => {
    const signatures = [
      Buffer.alloc(0),
      Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
      Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
      Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x40, 0, 0, 0]), Buffer.from('WEBPVP8 ')]),
      Buffer.from('%PDF-1.7\n'),
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...signatures),
        fc.uint8Array({ minLength: 1, maxLength: 600 }),
        fc.constantFrom(...attachmentTypes, 'image/heic', 'text/html'),
        async (signature, rest, declared) => {
          const code = await refusal(
            sanitizeUpload(Buffer.concat([signature, rest]), declared, limit),
          );
          expect(code).not.toBe('accepted');
        },
      ),
      { numRuns: 300 },
    );
  });
});
