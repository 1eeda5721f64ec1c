import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFStream,
  type PDFContext,
  type PDFObject,
} from 'pdf-lib';
import { AppError } from '../platform/errors.ts';

/**
 * Keys that carry metadata or active content wherever they appear: document and XMP
 * metadata, additional actions (AA) of pages, annotations and fields, JavaScript, action
 * chains (Next), embedded files, XFA forms and RichMedia content. The catalog-only ones
 * (OpenAction, Names, AcroForm) cannot survive the rebuild, but are listed in case a
 * crafted page dictionary carries them too.
 */
const removedKeys = [
  'Metadata',
  'PieceInfo',
  'AA',
  'OpenAction',
  'JS',
  'JavaScript',
  'Next',
  'Names',
  'AcroForm',
  'XFA',
  'EmbeddedFiles',
  'EF',
  'RichMediaContent',
  'RichMediaSettings',
].map((key) => PDFName.of(key));

/** Annotations that exist only to play, launch or carry something. */
const removedAnnotations = new Set(
  ['FileAttachment', 'RichMedia', 'Screen', 'Movie', 'Sound', '3D'].map((name) => `/${name}`),
);

/** The only action kept: a jump to a page of the same document. */
const keptActionKind = PDFName.of('GoTo');

function dictOf(object: PDFObject | undefined): PDFDict | null {
  if (object instanceof PDFDict) return object;
  if (object instanceof PDFStream || object instanceof PDFRawStream) return object.dict;
  return null;
}

function subtypeOf(context: PDFContext, entry: PDFObject): string | null {
  const dict = dictOf(entry instanceof PDFRef ? context.lookup(entry) : entry);
  return dict?.get(PDFName.of('Subtype'))?.toString() ?? null;
}

/** Removes active content from one dictionary and from the direct objects inside it. */
function scrubDict(context: PDFContext, dict: PDFDict): void {
  for (const key of removedKeys) dict.delete(key);
  const action = dict.get(PDFName.of('A'));
  if (action) {
    const actionDict = dictOf(action instanceof PDFRef ? context.lookup(action) : action);
    if (actionDict?.get(PDFName.of('S')) !== keptActionKind) dict.delete(PDFName.of('A'));
  }
  const annots = dict.get(PDFName.of('Annots'));
  const annotArray = annots instanceof PDFRef ? context.lookup(annots) : annots;
  if (annotArray instanceof PDFArray) {
    for (let i = annotArray.size() - 1; i >= 0; i--) {
      const subtype = subtypeOf(context, annotArray.get(i));
      if (subtype && removedAnnotations.has(subtype)) annotArray.remove(i);
    }
  }
  for (const [, value] of dict.entries()) scrubDirect(context, value);
}

function scrubDirect(context: PDFContext, object: PDFObject): void {
  if (object instanceof PDFArray) object.asArray().forEach((item) => scrubDirect(context, item));
  else if (object instanceof PDFDict) scrubDict(context, object);
}

/** Deletes every indirect object that the catalog no longer reaches. */
function dropUnreachable(context: PDFContext): void {
  const reached = new Set<string>();
  const pending: PDFObject[] = context.trailerInfo.Root ? [context.trailerInfo.Root] : [];
  while (pending.length > 0) {
    const object = pending.pop();
    if (object instanceof PDFRef) {
      if (reached.has(object.tag)) continue;
      reached.add(object.tag);
      const target = context.lookup(object);
      if (target) pending.push(target);
    } else if (object instanceof PDFArray) {
      pending.push(...object.asArray());
    } else {
      const dict = dictOf(object);
      if (dict) pending.push(...dict.values());
    }
  }
  for (const [ref] of context.enumerateIndirectObjects()) {
    if (!reached.has(ref.tag)) context.delete(ref);
  }
}

async function loadUnencrypted(bytes: Buffer): Promise<PDFDocument> {
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
  if (doc.isEncrypted || doc.context.trailerInfo.Encrypt) {
    throw new AppError('ATTACHMENT_PDF_ENCRYPTED');
  }
  return doc;
}

/**
 * Rebuilds an uploaded PDF from its pages alone, so that nothing of the sender's
 * catalog comes along: no document information or XMP, no OpenAction, no JavaScript name
 * tree, no embedded files, no forms (and so no XFA), no outline. What the pages bring
 * is then scrubbed: additional actions at every level, every action except a jump inside
 * the document (Launch, URI, SubmitForm, ImportData, JavaScript …), file attachment and
 * RichMedia/Screen/Movie/Sound/3D annotations, metadata streams and PieceInfo. Objects
 * no longer reachable from the new catalog are dropped. Written without object streams,
 * so a test can read it. Encrypted PDFs are refused: they cannot be checked or cleaned.
 * Nothing is rendered.
 */
export async function cleanPdf(bytes: Buffer): Promise<Buffer> {
  const source = await loadUnencrypted(bytes);
  try {
    const clean = await PDFDocument.create({ updateMetadata: false });
    const pages = await clean.copyPages(source, source.getPageIndices());
    pages.forEach((page) => clean.addPage(page));
    const { context } = clean;
    for (const [, object] of context.enumerateIndirectObjects()) {
      const dict = dictOf(object);
      if (dict) scrubDict(context, dict);
    }
    dropUnreachable(context);
    return Buffer.from(
      await clean.save({ useObjectStreams: false, updateFieldAppearances: false }),
    );
  } catch {
    throw new AppError('ATTACHMENT_UNREADABLE');
  }
}
