import fc from 'fast-check';
import { PDFDocument, PDFName, PDFString, type PDFPage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { cleanPdf } from './sanitize-pdf.ts';

type Literal = ReturnType<typeof PDFString.of>;
const text = (value: string): Literal => PDFString.of(value);

/**
 * One way for a PDF to carry active content, each leaving `marker` in the raw bytes so
 * that the test can tell whether it survived.
 */
const kinds = {
  openActionJavaScript(doc: PDFDocument, _page: PDFPage, marker: string) {
    const js = doc.context.obj({ S: 'JavaScript', JS: text(`app.alert('${marker}')`) });
    doc.catalog.set(PDFName.of('OpenAction'), js);
  },
  catalogAdditionalActions(doc: PDFDocument, _page: PDFPage, marker: string) {
    const aa = doc.context.obj({ WC: { S: 'JavaScript', JS: text(marker) } });
    doc.catalog.set(PDFName.of('AA'), aa);
  },
  pageAdditionalActions(doc: PDFDocument, page: PDFPage, marker: string) {
    page.node.set(PDFName.of('AA'), doc.context.obj({ O: { S: 'JavaScript', JS: text(marker) } }));
  },
  javaScriptNameTree(doc: PDFDocument, _page: PDFPage, marker: string) {
    const action = doc.context.register(doc.context.obj({ S: 'JavaScript', JS: text(marker) }));
    const tree = doc.context.obj({ JavaScript: { Names: [text('init'), action] } });
    doc.catalog.set(PDFName.of('Names'), tree);
  },
  launchLink(doc: PDFDocument, page: PDFPage, marker: string) {
    annotate(doc, page, { Subtype: 'Link', A: { S: 'Launch', F: text(`${marker}.exe`) } });
  },
  uriLink(doc: PDFDocument, page: PDFPage, marker: string) {
    annotate(doc, page, { Subtype: 'Link', A: { S: 'URI', URI: text(`https://${marker}.test`) } });
  },
  submitForm(doc: PDFDocument, page: PDFPage, marker: string) {
    annotate(doc, page, {
      Subtype: 'Widget',
      FT: 'Btn',
      A: { S: 'SubmitForm', F: { FS: 'URL', F: text(`https://${marker}.test`) } },
    });
  },
  importData(doc: PDFDocument, page: PDFPage, marker: string) {
    annotate(doc, page, { Subtype: 'Link', A: { S: 'ImportData', F: text(`${marker}.fdf`) } });
  },
  annotationAdditionalActions(doc: PDFDocument, page: PDFPage, marker: string) {
    annotate(doc, page, { Subtype: 'Link', AA: { E: { S: 'JavaScript', JS: text(marker) } } });
  },
  actionChainedAfterJump(doc: PDFDocument, page: PDFPage, marker: string) {
    annotate(doc, page, {
      Subtype: 'Link',
      A: { S: 'GoTo', D: [page.ref, 'Fit'], Next: { S: 'JavaScript', JS: text(marker) } },
    });
  },
  embeddedFiles(doc: PDFDocument, page: PDFPage, marker: string) {
    const file = doc.context.register(
      doc.context.stream(`payload ${marker}`, { Type: 'EmbeddedFile' }),
    );
    const spec = doc.context.register(
      doc.context.obj({ Type: 'Filespec', F: text('run.bat'), EF: { F: file } }),
    );
    const tree = doc.context.obj({ EmbeddedFiles: { Names: [text('run.bat'), spec] } });
    doc.catalog.set(PDFName.of('Names'), tree);
    annotate(doc, page, { Subtype: 'FileAttachment', FS: spec });
  },
  xfaForm(doc: PDFDocument, _page: PDFPage, marker: string) {
    const xfa = doc.context.register(doc.context.stream(`<xdp:xdp>${marker}</xdp:xdp>`));
    doc.catalog.set(PDFName.of('AcroForm'), doc.context.obj({ Fields: [], XFA: xfa }));
  },
  richMedia(doc: PDFDocument, page: PDFPage, marker: string) {
    const asset = doc.context.register(doc.context.stream(`swf ${marker}`));
    annotate(doc, page, {
      Subtype: 'RichMedia',
      RichMediaContent: { Assets: { Names: [text('a.swf'), asset] } },
    });
  },
};
type Kind = keyof typeof kinds;
const kindNames = Object.keys(kinds) as Kind[];

function annotate(doc: PDFDocument, page: PDFPage, fields: Record<string, unknown>) {
  const annotation = doc.context.register(
    doc.context.obj({ Type: 'Annot', Rect: [10, 10, 50, 50], ...fields } as never),
  );
  const existing = page.node.Annots();
  if (existing) existing.push(annotation);
  else page.node.set(PDFName.of('Annots'), doc.context.obj([annotation]));
}

const markerOf = (kind: Kind) => `ACTIVE-${kind}-7f3e`;

/** A one-page PDF with readable page content and the given kinds of active content. */
async function craftedPdf(chosen: readonly Kind[]): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([200, 200]);
  page.node.set(
    PDFName.of('Contents'),
    doc.context.register(doc.context.stream('BT (KEEP-ME) Tj ET')),
  );
  for (const kind of chosen) kinds[kind](doc, page, markerOf(kind));
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** Names a reader acts on; none may appear anywhere in a cleaned file. */
const activeNames = [
  '/JavaScript',
  '/JS',
  '/OpenAction',
  '/AA',
  '/Launch',
  '/URI',
  '/SubmitForm',
  '/ImportData',
  '/EmbeddedFile',
  '/Filespec',
  '/FileAttachment',
  '/XFA',
  '/AcroForm',
  '/RichMedia',
  '/Next',
];

async function expectInert(clean: Buffer, chosen: readonly Kind[]) {
  const raw = clean.toString('latin1');
  for (const kind of chosen) expect(raw, kind).not.toContain(markerOf(kind));
  for (const name of activeNames) expect(raw, name).not.toMatch(new RegExp(`${name}\\b`));
  expect(raw).toContain('KEEP-ME');
  const reloaded = await PDFDocument.load(clean, { updateMetadata: false });
  expect(reloaded.getPageCount()).toBe(1);
}

describe('cleanPdf removes active content', () => {
  it.each(kindNames)('the crafted PDF really carries %s', async (kind) => {
    const raw = (await craftedPdf([kind])).toString('latin1');
    expect(raw).toContain(markerOf(kind));
  });

  it.each(kindNames)('removes %s and keeps the page', async (kind) => {
    await expectInert(await cleanPdf(await craftedPdf([kind])), [kind]);
  });

  it('keeps a link that jumps to a page of the same document', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const page = doc.addPage([200, 200]);
    page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.stream('BT ET')));
    annotate(doc, page, { Subtype: 'Link', A: { S: 'GoTo', D: [page.ref, 'Fit'] } });
    const clean = await cleanPdf(Buffer.from(await doc.save({ useObjectStreams: false })));
    const reloaded = await PDFDocument.load(clean);
    expect(reloaded.getPage(0).node.Annots()?.size()).toBe(1);
    expect(clean.toString('latin1')).toMatch(/\/S \/GoTo/);
  });

  it('any mixture of kinds in one document leaves nothing active', async () => {
    await fc.assert(
      fc.asyncProperty(fc.subarray(kindNames, { minLength: 1 }), async (chosen) => {
        // The name tree and the embedded files both live under /Names: one wins.
        const effective = chosen.includes('embeddedFiles')
          ? chosen.filter((kind) => kind !== 'javaScriptNameTree')
          : chosen;
        await expectInert(await cleanPdf(await craftedPdf(effective)), effective);
      }),
      { numRuns: 40 },
    );
  });
});
