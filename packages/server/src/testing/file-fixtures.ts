import zlib from 'node:zlib';
import sharp from 'sharp';
import { PDFDocument, PDFName } from 'pdf-lib';

/**
 * Real files with real metadata, built byte by byte, for the attachment tests: a JPEG
 * carrying an EXIF block (orientation, description, GPS position), an XMP packet and a
 * comment; a PNG with text and time chunks; PDFs with an Info dictionary and XMP.
 */

function u16(n: number) {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
}
function u32(n: number) {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}
function ifdEntry(tag: number, type: number, count: number, value: Buffer) {
  return Buffer.concat([u16(tag), u16(type), u32(count), Buffer.concat([value], 4)]);
}

/** A big-endian TIFF block: IFD0 (description, orientation, GPS pointer) and a GPS IFD. */
export function exifBlock({
  orientation,
  description,
}: {
  orientation: number;
  description: string;
}): Buffer {
  const ifd0At = 8;
  const gpsAt = ifd0At + 2 + 3 * 12 + 4;
  const latitudeAt = gpsAt + 2 + 2 * 12 + 4;
  const descriptionAt = latitudeAt + 24;
  const text = Buffer.from(`${description}\0`, 'latin1');
  return Buffer.concat([
    Buffer.from('MM'),
    u16(42),
    u32(ifd0At),
    u16(3),
    ifdEntry(0x010e, 2, text.length, u32(descriptionAt)),
    ifdEntry(0x0112, 3, 1, u16(orientation)),
    ifdEntry(0x8825, 4, 1, u32(gpsAt)),
    u32(0),
    u16(2),
    ifdEntry(0x0001, 2, 2, Buffer.from('N\0')),
    ifdEntry(0x0002, 5, 3, u32(latitudeAt)),
    u32(0),
    // 31° 35' 48" N: the position a phone camera writes
    ...[31, 35, 48].flatMap((v) => [u32(v), u32(1)]),
    text,
  ]);
}

function jpegSegment(marker: number, payload: Buffer) {
  return Buffer.concat([Buffer.from([0xff, marker]), u16(payload.length + 2), payload]);
}

/** A 40×20 JPEG (left red, right blue) that claims orientation 6 and carries `marker` in EXIF, XMP and a comment. */
export async function jpegWithMetadata(marker: string, orientation = 6): Promise<Buffer> {
  const plain = await sharp({
    create: { width: 40, height: 20, channels: 3, background: { r: 220, g: 20, b: 20 } },
  })
    .composite([
      {
        input: {
          create: { width: 20, height: 20, channels: 3, background: { r: 20, g: 20, b: 220 } },
        },
        left: 20,
        top: 0,
      },
    ])
    .jpeg()
    .toBuffer();
  const exif = jpegSegment(
    0xe1,
    Buffer.concat([
      Buffer.from('Exif\0\0', 'latin1'),
      exifBlock({ orientation, description: marker }),
    ]),
  );
  const xmp = jpegSegment(
    0xe1,
    Buffer.from(
      `http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description>${marker}</rdf:Description></rdf:RDF></x:xmpmeta>`,
      'latin1',
    ),
  );
  const comment = jpegSegment(0xfe, Buffer.from(`comment ${marker}`, 'latin1'));
  return Buffer.concat([plain.subarray(0, 2), exif, xmp, comment, plain.subarray(2)]);
}

function pngChunk(type: string, data: Buffer) {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  return Buffer.concat([u32(data.length), body, u32(zlib.crc32(body))]);
}

/** A PNG with `marker` in a tEXt chunk and a tIME chunk, after IHDR. */
export async function pngWithMetadata(marker: string, size = 16): Promise<Buffer> {
  const plain = await sharp({
    create: { width: size, height: size, channels: 3, background: { r: 10, g: 160, b: 90 } },
  })
    .png()
    .toBuffer();
  const afterIhdr = 8 + 8 + 13 + 4;
  return Buffer.concat([
    plain.subarray(0, afterIhdr),
    pngChunk('tEXt', Buffer.from(`Comment\0${marker}`, 'latin1')),
    pngChunk('tIME', Buffer.from([0x07, 0xea, 11, 22, 7, 0, 0])),
    plain.subarray(afterIhdr),
  ]);
}

/** A PNG of random pixels, which compresses to about 3 bytes a pixel. */
export async function noisePng(side: number): Promise<Buffer> {
  const pixels = Buffer.alloc(side * side * 3);
  let state = 0x2545f491;
  for (let i = 0; i < pixels.length; i++) {
    // xorshift32: deterministic, and random enough that PNG cannot compress it
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    pixels[i] = state & 0xff;
  }
  return sharp(pixels, { raw: { width: side, height: side, channels: 3 } })
    .png()
    .toBuffer();
}

/**
 * A one-page PDF with `marker` as title, author and in an XMP stream, and `content` in an
 * uncompressed content stream of the page so that the text can be searched in the raw bytes.
 */
export async function pdfWithMetadata(marker: string, content: string): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([200, 200]);
  doc.setTitle(`title ${marker}`);
  doc.setAuthor(`author ${marker}`);
  const xmp = doc.context.stream(`<x:xmpmeta>${marker}</x:xmpmeta>`, {
    Type: 'Metadata',
    Subtype: 'XML',
  });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(xmp));
  const note = doc.context.stream(`BT (${content}) Tj ET`);
  page.node.set(PDFName.of('Contents'), doc.context.register(note));
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** A PDF whose trailer names an encryption dictionary, as a password-protected file does. */
export async function encryptedPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([100, 100]);
  const encrypt = doc.context.obj({ Filter: 'Standard', V: 1, R: 2, P: -4 });
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
