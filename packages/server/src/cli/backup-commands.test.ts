import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.ts';
import { startServer } from '../app/start-server.ts';
import { openDatabase } from '../platform/db/database.ts';
import { verifyAuditChain } from '../audit/audit.service.ts';
import { testKeyring } from '../testing/test-app.ts';
import { lastBackup, takeScheduledBackup } from '../operations/scheduled-backup.ts';
import { runBackupCommand, runRestoreCommand, runVerifyBackupCommand } from './backup-commands.ts';

/**
 * The operator's commands on the embedded database (what small municipalities run): a
 * backup taken from the running server through its operations socket, checked, restored
 * into a new data directory, and every refusal leaving the target as it was.
 */
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'yorisoi-ops-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const backupKey = crypto.randomBytes(32).toString('base64');

function configFor(dataDir: string, extra: Record<string, string> = {}) {
  return loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'true',
    ENCRYPTION_KEYS: testKeyring,
    BACKUP_KEY: backupKey,
    ...extra,
  });
}

function lines() {
  const out: string[] = [];
  return { out, write: (line: string) => out.push(line) };
}

describe('yorisoi backup / verify-backup / restore', () => {
  // Seeding the demo, backing it up, restoring it: minutes on a busy machine.
  it(
    'backs up a running embedded server, and restores into an empty data directory only',
    { timeout: 300_000 },
    async () => {
      const live = configFor(path.join(root, 'live'));
      const server = await startServer(live, { quiet: true });
      const file = path.join(root, 'demo.ybak');
      try {
        const taken = lines();
        expect(await runBackupCommand(live, ['--to', file], taken.write)).toBe(0);
        expect(taken.out[0]).toContain('written by the running server');
        // The server still answers, and still holds its data directory.
        expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      } finally {
        await server.stop();
      }

      const checked = lines();
      expect(await runVerifyBackupCommand(live, ['--from', file], checked.write)).toBe(0);
      expect(checked.out.join('\n')).toContain('every part checks');

      const elsewhere = configFor(path.join(root, 'restored'));
      const restored = lines();
      expect(await runRestoreCommand(elsewhere, ['--from', file], restored.write)).toBe(0);
      const database = await openDatabase({ kind: 'embedded', dataDir: elsewhere.dataDir });
      try {
        expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true });
      } finally {
        await database.close();
      }
      // Again into the same directory: it holds data now.
      const again = lines();
      expect(await runRestoreCommand(elsewhere, ['--from', file], again.write)).toBe(1);
      expect(again.out[0]).toContain('already holds data');
    },
  );

  it('refuses a wrong key or a damaged file before it creates anything', async () => {
    const source = configFor(path.join(root, 'small'), { DEMO_SEED: 'false' });
    const file = path.join(root, 'small.ybak');
    expect(await runBackupCommand(source, ['--to', file], () => undefined)).toBe(0);
    const damaged = path.join(root, 'damaged.ybak');
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 5] = (bytes[bytes.length - 5] ?? 0) ^ 0xff;
    fs.writeFileSync(damaged, bytes);

    const target = configFor(path.join(root, 'untouched'), {
      BACKUP_KEY: crypto.randomBytes(32).toString('base64'),
    });
    const wrongKey = lines();
    expect(await runRestoreCommand(target, ['--from', file], wrongKey.write)).toBe(1);
    expect(wrongKey.out[0]).toContain('another BACKUP_KEY');
    const rightKey = configFor(path.join(root, 'untouched'));
    const broken = lines();
    expect(await runRestoreCommand(rightKey, ['--from', damaged], broken.write)).toBe(1);
    expect(broken.out[0]).toMatch(/damaged|incomplete/);
    expect(fs.existsSync(path.join(root, 'untouched', 'pgdata'))).toBe(false);
    await expect(runBackupCommand(source, ['--to', file], () => undefined)).rejects.toThrow(
      'exists',
    );
  });

  it('keeps the newest scheduled backups and reports the age of the last one', async () => {
    const dir = path.join(root, 'scheduled');
    const database = await openDatabase({ kind: 'memory' });
    try {
      await database.migrate();
      const key = Buffer.from(backupKey, 'base64');
      const at = (hours: number) => new Date(Date.UTC(2026, 11, 7, hours));
      const options = { database, key, dir, everyHours: 24, keep: 2 };
      expect(await takeScheduledBackup({ ...options, now: at(0) })).not.toBeNull();
      // Within the interval nothing is taken.
      expect(await takeScheduledBackup({ ...options, now: at(23) })).toBeNull();
      expect(await takeScheduledBackup({ ...options, now: at(24) })).not.toBeNull();
      expect(await takeScheduledBackup({ ...options, now: at(48) })).not.toBeNull();
      expect(fs.readdirSync(dir).sort()).toEqual([
        'yorisoi-20261208T000000Z.ybak',
        'yorisoi-20261208T000000Z.ybak.sha256',
        'yorisoi-20261209T000000Z.ybak',
        'yorisoi-20261209T000000Z.ybak.sha256',
      ]);
      expect(lastBackup(dir, at(54))).toEqual({
        takenAt: '2026-12-09T00:00:00.000Z',
        ageHours: 6,
      });
      const sidecar = fs.readFileSync(
        path.join(dir, 'yorisoi-20261209T000000Z.ybak.sha256'),
        'utf8',
      );
      expect(sidecar).toMatch(/^[0-9a-f]{64} {2}yorisoi-20261209T000000Z\.ybak\n$/);
    } finally {
      await database.close();
    }
  });
});
