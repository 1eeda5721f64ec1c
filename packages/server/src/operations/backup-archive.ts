import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The backup file: a header in clear, then the content in sealed chunks.
 *
 * header  = MAGIC (16 bytes) · file salt (16) · key check (8)
 * chunk   = length of the sealed bytes (uint32 BE) · AES-256-GCM(plaintext) · tag (16)
 *
 * The chunk key is HKDF(BACKUP_KEY, salt), so every file has its own key and the nonce can
 * be the chunk's number; its last byte says whether the chunk is the last one (the STREAM
 * construction), and the header is each chunk's associated data. So a wrong key is told
 * apart from damage (the key check), a flipped byte fails its chunk's tag, a reordered or
 * dropped chunk fails its nonce, and a file cut short lacks the chunk marked last.
 */
const MAGIC = Buffer.from('YORISOI-BACKUP\u0000\u0001', 'latin1');
const SALT_BYTES = 16;
const KEY_CHECK_BYTES = 8;
const HEADER_BYTES = MAGIC.length + SALT_BYTES + KEY_CHECK_BYTES;
const TAG_BYTES = 16;
/** Plaintext per chunk: large enough that framing costs nothing, small enough to hold. */
export const CHUNK_BYTES = 1 << 20;

export type ArchiveProblem = 'NOT_A_BACKUP' | 'WRONG_KEY' | 'DAMAGED' | 'TRUNCATED';

/** What is wrong with an archive, in words an operator can act on. */
export class ArchiveError extends Error {
  readonly problem: ArchiveProblem;

  constructor(problem: ArchiveProblem) {
    super(ARCHIVE_PROBLEMS[problem]);
    this.problem = problem;
    this.name = 'ArchiveError';
  }
}

const ARCHIVE_PROBLEMS: Record<ArchiveProblem, string> = {
  NOT_A_BACKUP: 'This file is not a Yorisoi backup.',
  WRONG_KEY: 'This backup was made with another BACKUP_KEY.',
  DAMAGED: 'This backup is damaged: a part of it does not match its checksum.',
  TRUNCATED: 'This backup is incomplete: it ends before its last part.',
};

/** A 32-byte key given as base64 (BACKUP_KEY). */
export function parseBackupKey(base64: string): Buffer {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) throw new Error('BACKUP_KEY must be 32 bytes in base64');
  return key;
}

function keyCheck(key: Buffer): Buffer {
  return crypto
    .createHmac('sha256', key)
    .update('yorisoi backup key check')
    .digest()
    .subarray(0, KEY_CHECK_BYTES);
}

function chunkKey(key: Buffer, salt: Buffer): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', key, salt, 'yorisoi backup v1', 32));
}

function nonce(index: number, last: boolean): Buffer {
  const bytes = Buffer.alloc(12);
  bytes.writeUInt32BE(index, 7);
  bytes[11] = last ? 1 : 0;
  return bytes;
}

/**
 * Writes an archive next to `file` and renames it into place only once it is complete and
 * flushed, so an interrupted backup never leaves a file that looks finished, and an older
 * backup of the same name stays until the new one is whole. Returns the SHA-256 of the file.
 */
export async function writeArchive(
  file: string,
  key: Buffer,
  content: AsyncIterable<Buffer>,
  chunkBytes = CHUNK_BYTES,
): Promise<{ bytes: number; sha256: string }> {
  if (chunkBytes < 1 || chunkBytes > CHUNK_BYTES) throw new RangeError('chunk size out of range');
  const partial = path.join(
    path.dirname(file),
    `.${path.basename(file)}.partial-${crypto.randomBytes(6).toString('hex')}`,
  );
  const handle = await fs.promises.open(partial, 'wx', 0o600);
  const digest = crypto.createHash('sha256');
  let bytes = 0;
  const write = async (data: Buffer) => {
    digest.update(data);
    bytes += data.length;
    await handle.write(data);
  };
  try {
    const salt = crypto.randomBytes(SALT_BYTES);
    const header = Buffer.concat([MAGIC, salt, keyCheck(key)]);
    await write(header);
    const sealKey = chunkKey(key, salt);
    let index = 0;
    let pending: Buffer | null = null;
    const seal = async (plain: Buffer, last: boolean) => {
      const cipher = crypto.createCipheriv('aes-256-gcm', sealKey, nonce(index, last));
      cipher.setAAD(header);
      const sealed = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
      const length = Buffer.alloc(4);
      length.writeUInt32BE(sealed.length);
      await write(Buffer.concat([length, sealed]));
      index += 1;
    };
    for await (const piece of rechunk(content, chunkBytes)) {
      if (pending) await seal(pending, false);
      pending = piece;
    }
    await seal(pending ?? Buffer.alloc(0), true);
    await handle.sync();
    await handle.close();
    await fs.promises.rename(partial, file);
    return { bytes, sha256: digest.digest('hex') };
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.promises.rm(partial, { force: true });
    throw error;
  }
}

/** Pieces of exactly `chunkBytes` (the last one shorter). */
async function* rechunk(
  content: AsyncIterable<Buffer>,
  chunkBytes: number,
): AsyncGenerator<Buffer> {
  let buffered: Buffer[] = [];
  let size = 0;
  for await (const piece of content) {
    buffered.push(piece);
    size += piece.length;
    while (size >= chunkBytes) {
      const all = Buffer.concat(buffered);
      yield all.subarray(0, chunkBytes);
      buffered = [all.subarray(chunkBytes)];
      size = all.length - chunkBytes;
    }
  }
  if (size > 0) yield Buffer.concat(buffered);
}

/** The archive's plaintext, chunk by chunk, each checked before it is given out. */
export async function* readArchive(file: string, key: Buffer): AsyncGenerator<Buffer> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const header = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await handle.read(header, 0, HEADER_BYTES, 0);
    if (bytesRead < HEADER_BYTES || !header.subarray(0, MAGIC.length).equals(MAGIC))
      throw new ArchiveError('NOT_A_BACKUP');
    const check = header.subarray(MAGIC.length + SALT_BYTES);
    if (!crypto.timingSafeEqual(check, keyCheck(key))) throw new ArchiveError('WRONG_KEY');
    const sealKey = chunkKey(key, header.subarray(MAGIC.length, MAGIC.length + SALT_BYTES));
    let position = HEADER_BYTES;
    for (let index = 0; ; index += 1) {
      const length = Buffer.alloc(4);
      const lengthRead = await handle.read(length, 0, 4, position);
      if (lengthRead.bytesRead < 4) throw new ArchiveError('TRUNCATED');
      const size = length.readUInt32BE();
      if (size < TAG_BYTES || size > CHUNK_BYTES + TAG_BYTES) throw new ArchiveError('DAMAGED');
      const sealed = Buffer.alloc(size);
      const sealedRead = await handle.read(sealed, 0, size, position + 4);
      if (sealedRead.bytesRead < size) throw new ArchiveError('TRUNCATED');
      position += 4 + size;
      const last = await isLastChunk(handle, position);
      const plain = open(sealKey, header, index, last, sealed);
      if (!plain) {
        // A chunk that opens as "not last" where the file ends was cut after it.
        if (last && open(sealKey, header, index, false, sealed))
          throw new ArchiveError('TRUNCATED');
        throw new ArchiveError('DAMAGED');
      }
      yield plain;
      if (last) return;
    }
  } finally {
    await handle.close();
  }
}

async function isLastChunk(handle: fs.promises.FileHandle, position: number): Promise<boolean> {
  const probe = Buffer.alloc(1);
  const { bytesRead } = await handle.read(probe, 0, 1, position);
  return bytesRead === 0;
}

function open(
  sealKey: Buffer,
  header: Buffer,
  index: number,
  last: boolean,
  sealed: Buffer,
): Buffer | null {
  const decipher = crypto.createDecipheriv('aes-256-gcm', sealKey, nonce(index, last));
  decipher.setAAD(header);
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  try {
    return Buffer.concat([
      decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    return null;
  }
}
