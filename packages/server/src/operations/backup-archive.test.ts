import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ArchiveError, readArchive, writeArchive, type ArchiveProblem } from './backup-archive.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yorisoi-archive-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const key = crypto.randomBytes(32);
let files = 0;
const fileIn = () => path.join(dir, `backup-${(files += 1)}.ybak`);

async function* pieces(content: Buffer, size = 7): AsyncGenerator<Buffer> {
  for (let at = 0; at < content.length; at += size) yield content.subarray(at, at + size);
}

async function readAll(file: string, withKey = key): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of readArchive(file, withKey)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function problemOf(file: string, withKey = key): Promise<ArchiveProblem | 'read'> {
  try {
    await readAll(file, withKey);
    return 'read';
  } catch (error) {
    if (error instanceof ArchiveError) return error.problem;
    throw error;
  }
}

async function archiveOf(content: Buffer, chunkBytes = 32): Promise<string> {
  const file = fileIn();
  await writeArchive(file, key, pieces(content), chunkBytes);
  return file;
}

describe('the backup archive', () => {
  it('gives back exactly what was written, in one chunk or many', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 400 }),
        fc.integer({ min: 1, max: 64 }),
        async (bytes, chunk) => {
          const content = Buffer.from(bytes);
          expect(await readAll(await archiveOf(content, chunk))).toEqual(content);
        },
      ),
      { numRuns: 60, seed: 20261207 },
    );
  });

  it('writes the SHA-256 it reports and keeps the file to its owner', async () => {
    const file = fileIn();
    const { sha256, bytes } = await writeArchive(file, key, pieces(Buffer.from('相談記録')));
    const written = fs.readFileSync(file);
    expect(bytes).toBe(written.length);
    expect(sha256).toBe(crypto.createHash('sha256').update(written).digest('hex'));
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('tells a wrong key and a file that is no backup apart from damage', async () => {
    const file = await archiveOf(Buffer.from('x'.repeat(100)));
    expect(await problemOf(file, crypto.randomBytes(32))).toBe('WRONG_KEY');
    const other = fileIn();
    fs.writeFileSync(other, 'PGDMP not ours at all, long enough to hold a header');
    expect(await problemOf(other)).toBe('NOT_A_BACKUP');
  });

  it('refuses any single flipped byte and never gives out a changed chunk', async () => {
    const content = crypto.randomBytes(200);
    const original = fs.readFileSync(await archiveOf(content));
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: original.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        async (at, flip) => {
          const damaged = Buffer.from(original);
          damaged[at] = (damaged[at] ?? 0) ^ flip;
          const file = fileIn();
          fs.writeFileSync(file, damaged);
          const given: Buffer[] = [];
          let refused = false;
          try {
            for await (const chunk of readArchive(file, key)) given.push(chunk);
          } catch (error) {
            expect(error).toBeInstanceOf(ArchiveError);
            refused = true;
          }
          expect(refused).toBe(true);
          expect(content.subarray(0, Buffer.concat(given).length)).toEqual(Buffer.concat(given));
        },
      ),
      { numRuns: 150, seed: 20261207 },
    );
  });

  it('refuses a file cut anywhere, or with anything appended', async () => {
    const original = fs.readFileSync(await archiveOf(crypto.randomBytes(150)));
    for (let length = 0; length < original.length; length += 1) {
      const file = fileIn();
      fs.writeFileSync(file, original.subarray(0, length));
      expect(await problemOf(file), `cut at ${length}`).not.toBe('read');
    }
    const longer = fileIn();
    fs.writeFileSync(longer, Buffer.concat([original, Buffer.from([0, 0, 0, 0])]));
    expect(await problemOf(longer)).not.toBe('read');
    const cutAtChunk = fileIn();
    // The header and whole chunks but the last: each part checks, the end is missing.
    fs.writeFileSync(cutAtChunk, original.subarray(0, 40 + 4 + 32 + 16));
    expect(await problemOf(cutAtChunk)).toBe('TRUNCATED');
  });

  it('leaves no file when writing fails, and the backup written before untouched', async () => {
    const file = await archiveOf(Buffer.from('yesterday'));
    const before = fs.readFileSync(file);
    async function* failing(): AsyncGenerator<Buffer> {
      yield Buffer.from('today, half');
      throw new Error('the database went away');
    }
    await expect(writeArchive(file, key, failing())).rejects.toThrow('the database went away');
    expect(fs.readFileSync(file)).toEqual(before);
    expect(fs.readdirSync(dir).filter((name) => name.includes('.partial-'))).toEqual([]);
  });
});
