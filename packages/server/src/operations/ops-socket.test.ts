import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../platform/db/database.ts';
import { listenOpsSocket, opsSocketPath, requestBackupFromServer } from './ops-socket.ts';

/** The embedded server's operations socket: its owner only, one known request, no overwrite. */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yorisoi-ops-socket-'));
let database: Database;
let socket: { close(): Promise<void> };

beforeAll(async () => {
  database = await openDatabase({ kind: 'memory' });
  await database.migrate();
  socket = await listenOpsSocket({
    dataDir,
    database,
    key: crypto.randomBytes(32),
    now: () => new Date(),
  });
}, 60_000);

afterAll(async () => {
  await socket.close();
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function ask(line: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const connection = net.createConnection(opsSocketPath(dataDir));
    let answer = '';
    connection.setEncoding('utf8');
    connection.on('connect', () => connection.write(line));
    connection.on('data', (data: string) => (answer += data));
    connection.on('end', () => resolve(answer.trim()));
    connection.on('error', reject);
  });
}

describe('the operations socket', () => {
  it('is open to the server’s own user only', () => {
    expect(fs.statSync(opsSocketPath(dataDir)).mode & 0o777).toBe(0o600);
  });

  it('answers anything but a backup request with an error and writes nothing', async () => {
    const before = fs.readdirSync(dataDir);
    for (const line of ['not json\n', '{"command":"drop"}\n', '{"command":"backup"}\n']) {
      expect(JSON.parse(await ask(line))).toEqual({ ok: false, error: 'unknown request' });
    }
    expect(fs.readdirSync(dataDir)).toEqual(before);
  });

  it('takes a backup, and never over a file that exists', async () => {
    const file = path.join(dataDir, 'taken.ybak');
    const first = await requestBackupFromServer(dataDir, file);
    expect(first).toMatchObject({ ok: true, file });
    const bytes = fs.readFileSync(file);
    const second = await requestBackupFromServer(dataDir, file);
    expect(second).toMatchObject({ ok: false, error: expect.stringContaining('exists') });
    expect(fs.readFileSync(file)).toEqual(bytes);
  });
});
