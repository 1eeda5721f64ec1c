import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import type { Database } from '../platform/db/database.ts';
import { backUpDatabase } from './backup.service.ts';

/**
 * The embedded database has one owner: the running server holds its data directory. So
 * `yorisoi backup` asks that server, through a Unix socket inside the data directory that
 * only the server's own system user may open (mode 0600), to take the backup from its
 * connection while it goes on serving.
 */
export function opsSocketPath(dataDir: string): string {
  return path.join(dataDir, 'ops.sock');
}

const request = z.object({ command: z.literal('backup'), to: z.string().min(1) });

const opsAnswer = z.union([
  z.object({
    ok: z.literal(true),
    file: z.string(),
    bytes: z.number(),
    sha256: z.string(),
    counts: z.record(z.string(), z.number()),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type OpsAnswer = z.infer<typeof opsAnswer>;

export async function listenOpsSocket({
  dataDir,
  database,
  key,
  now,
}: {
  dataDir: string;
  database: Database;
  key: Buffer | null;
  now: () => Date;
}): Promise<{ close(): Promise<void> }> {
  const socketPath = opsSocketPath(dataDir);
  // A socket file left by a server that was killed: the data-dir lock says we own it now.
  fs.rmSync(socketPath, { force: true });
  const server = net.createServer((connection) => {
    let received = '';
    connection.setEncoding('utf8');
    connection.on('data', (data: string) => {
      received += data;
      const newline = received.indexOf('\n');
      if (newline === -1) return;
      void answer(received.slice(0, newline)).then((reply) =>
        connection.end(`${JSON.stringify(reply)}\n`),
      );
    });
    connection.on('error', () => undefined);
  });
  const answer = async (line: string): Promise<OpsAnswer> => {
    const parsed = request.safeParse(safeJson(line));
    if (!parsed.success) return { ok: false, error: 'unknown request' };
    if (!key) return { ok: false, error: 'BACKUP_KEY is not set in the server’s configuration' };
    const to = path.resolve(parsed.data.to);
    // Renaming into place would replace it: a backup never overwrites a file.
    if (fs.existsSync(to)) return { ok: false, error: `${to} exists; choose a new file name` };
    try {
      const summary = await backUpDatabase({ database, key, to, now: now() });
      return { ok: true, ...summary };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
  const previous = process.umask(0o177);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(socketPath, () => resolve());
    });
  } finally {
    process.umask(previous);
  }
  fs.chmodSync(socketPath, 0o600);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        fs.rmSync(socketPath, { force: true });
      }),
  };
}

/** Asks the server that owns `dataDir` for a backup; null when none is listening. */
export async function requestBackupFromServer(
  dataDir: string,
  to: string,
): Promise<OpsAnswer | null> {
  const socketPath = opsSocketPath(dataDir);
  if (!fs.existsSync(socketPath)) return null;
  return new Promise<OpsAnswer | null>((resolve) => {
    const connection = net.createConnection(socketPath);
    let received = '';
    connection.setEncoding('utf8');
    connection.on('connect', () => {
      connection.write(`${JSON.stringify({ command: 'backup', to: path.resolve(to) })}\n`);
    });
    connection.on('data', (data: string) => {
      received += data;
    });
    connection.on('end', () => {
      const reply = opsAnswer.safeParse(safeJson(received.trim()));
      resolve(reply.success ? reply.data : { ok: false, error: 'the server gave no answer' });
    });
    connection.on('error', () => resolve(null));
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
