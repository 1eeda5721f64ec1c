import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFStream, type PDFObject } from 'pdf-lib';
import { AppError } from '../platform/errors.ts';

const metadataKeys = ['Metadata', 'PieceInfo'].map((key) => PDFName.of(key));

function dictOf(object: PDFObject): PDFDict | null {
  if (object instanceof PDFDict) return object;
  if (object instanceof PDFStream || object instanceof PDFRawStream) return object.dict;
  return null;
}

/**
 * Removes a PDF's document metadata: the trailer's Info dictionary (author, title,
 * creator tool, dates) and every XMP metadata stream, in the catalog, on pages and on
 * embedded images, plus application private data (PieceInfo). The document is written
 * anew from the objects that remain, without object streams, so a test can read it.
 * Encrypted PDFs are refused: they cannot be checked or cleaned. Nothing is rendered.
 */
export async function stripPdfMetadata(bytes: Buffer): Promise<Buffer> {
  let doc: PDFDocument;
  try {
    // Loaded even when encrypted, to tell that case apart (pdf-lib's own error class
    // does not survive its ES5 build for an instanceof check).
    doc = await PDFDocument.load(bytes, {
      updateMetadata: false,
      throwOnInvalidObject: true,
      ignoreEncryption: true,
    });
  } catch {
    throw new AppError('ATTACHMENT_UNREADABLE');
  }
  const { context } = doc;
  if (doc.isEncrypted || context.trailerInfo.Encrypt) {
    throw new AppError('ATTACHMENT_PDF_ENCRYPTED');
  }
  const info = context.trailerInfo.Info;
  if (info instanceof PDFDict) info.entries().forEach(([key]) => info.delete(key));
  else if (info) context.delete(info as Parameters<typeof context.delete>[0]);
  context.trailerInfo.Info = undefined;
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    const dict = dictOf(object);
    if (!dict) continue;
    if (dict.get(PDFName.Type) === PDFName.of('Metadata')) {
      context.delete(ref);
      continue;
    }
    for (const key of metadataKeys) dict.delete(key);
  }
  try {
    return Buffer.from(await doc.save({ useObjectStreams: false, updateFieldAppearances: false }));
  } catch {
    throw new AppError('ATTACHMENT_UNREADABLE');
  }
}
