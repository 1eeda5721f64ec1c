import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import zlib from 'node:zlib';
import { z } from 'zod';
import { ArchiveError, readArchive } from './backup-archive.ts';

/**
 * The archive's content: gzip of lines, each starting with its kind.
 *   H{header}            once, first
 *   T{"name":…}          a table begins
 *   R<count> [rows…]     rows of that table as JSON objects, as the database wrote them
 *   E{"counts":{…}}      once, last: rows per table
 * Rows stay the database's own JSON text from dump to restore: nothing re-encodes them.
 */
export const backupHeader = z.object({
  format: z.literal(1),
  createdAt: z.string(),
  engine: z.enum(['embedded', 'memory', 'postgres']),
  schema: z.object({ migrations: z.number().int(), latest: z.string() }),
  tables: z.array(z.string()),
});
export type BackupHeader = z.infer<typeof backupHeader>;

const tableLine = z.object({ name: z.string() });
const endLine = z.object({ counts: z.record(z.string(), z.number().int().min(0)) });

export type BackupLine =
  | { kind: 'header'; header: BackupHeader }
  | { kind: 'table'; name: string }
  | { kind: 'rows'; count: number; json: string }
  | { kind: 'end'; counts: Record<string, number> };

export function encodeLine(line: BackupLine): string {
  switch (line.kind) {
    case 'header':
      return `H${JSON.stringify(line.header)}\n`;
    case 'table':
      return `T${JSON.stringify({ name: line.name })}\n`;
    case 'rows':
      return `R${line.count} ${line.json}\n`;
    case 'end':
      return `E${JSON.stringify({ counts: line.counts })}\n`;
  }
}

function decodeLine(text: string): BackupLine {
  const body = text.slice(1);
  try {
    switch (text[0]) {
      case 'H':
        return { kind: 'header', header: backupHeader.parse(JSON.parse(body)) };
      case 'T':
        return { kind: 'table', name: tableLine.parse(JSON.parse(body)).name };
      case 'R': {
        const space = body.indexOf(' ');
        const count = Number(body.slice(0, space));
        if (space < 1 || !Number.isSafeInteger(count) || count < 1) break;
        return { kind: 'rows', count, json: body.slice(space + 1) };
      }
      case 'E':
        return { kind: 'end', counts: endLine.parse(JSON.parse(body)).counts };
    }
  } catch {
    // A line that opened under its checksum but does not parse was written wrongly.
  }
  throw new ArchiveError('DAMAGED');
}

/** The archive's lines, in order, each checked under its chunk's checksum first. */
export async function* readBackupLines(file: string, key: Buffer): AsyncGenerator<BackupLine> {
  const source = Readable.from(readArchive(file, key));
  const gunzip = zlib.createGunzip();
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  const decoder = new StringDecoder('utf8');
  let rest = '';
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      rest += decoder.write(chunk);
      let newline = rest.indexOf('\n');
      while (newline !== -1) {
        yield decodeLine(rest.slice(0, newline));
        rest = rest.slice(newline + 1);
        newline = rest.indexOf('\n');
      }
    }
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    // gzip itself refused: bytes that passed the checksum cannot do that unless written so.
    throw new ArchiveError('DAMAGED');
  } finally {
    source.destroy();
  }
  if (rest + decoder.end() !== '') throw new ArchiveError('DAMAGED');
}
