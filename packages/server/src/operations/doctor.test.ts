import dgram from 'node:dgram';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.ts';
import { migrationsInRelease, openDatabase } from '../platform/db/database.ts';
import { startSmtpSink } from '../testing/smtp-sink.ts';
import { testKeyring } from '../testing/test-app.ts';
import { examineInstallation, turnTarget, type Finding } from './doctor.ts';
import { takeScheduledBackup } from './scheduled-backup.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'yorisoi-doctor-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** A STUN server as small as can be: answers every binding request with success. */
async function startStunResponder() {
  const socket = dgram.createSocket('udp4');
  socket.on('message', (message, from) => {
    const answer = Buffer.from(message.subarray(0, 20));
    answer.writeUInt16BE(0x0101, 0);
    socket.send(answer, from.port, from.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return { port: socket.address().port, close: () => socket.close() };
}

/** A port nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const statusOf = (findings: Finding[], check: string) =>
  findings.filter((f) => f.check === check).map((f) => f.status);

describe('yorisoi doctor', () => {
  it('reads TURN addresses as browsers write them', () => {
    expect(turnTarget('turn:turn.example.jp:3478?transport=udp')).toEqual({
      host: 'turn.example.jp',
      port: 3478,
      transport: 'udp',
      tls: false,
    });
    expect(turnTarget('turns:turn.example.jp')).toMatchObject({ port: 5349, tls: true });
    expect(turnTarget('turn:[2001:db8::1]:3479?transport=tcp')).toMatchObject({
      host: '2001:db8::1',
      transport: 'tcp',
    });
    expect(() => turnTarget('stun:turn.example.jp')).toThrow('not a TURN address');
  });

  it('says what works and fails on a real installation', async () => {
    const smtp = await startSmtpSink();
    const stun = await startStunResponder();
    const dead = await closedPort();
    const dataDir = path.join(root, 'data');
    const backupDir = path.join(root, 'backups');
    const key = crypto.randomBytes(32);
    try {
      const database = await openDatabase({ kind: 'embedded', dataDir });
      await database.migrate();
      await takeScheduledBackup({
        database,
        key,
        dir: backupDir,
        everyHours: 24,
        keep: 3,
        now: new Date(Date.now() - 50 * 3_600_000),
      });
      await database.close();
      const config = loadConfig({
        NODE_ENV: 'test',
        DATA_DIR: dataDir,
        ENCRYPTION_KEYS: testKeyring,
        SMTP_URL: smtp.url,
        TURN_URLS: `turn:127.0.0.1:${stun.port}?transport=udp,turn:127.0.0.1:${dead}?transport=tcp`,
        TURN_SECRET: 'a-turn-secret-of-some-length',
        BACKUP_KEY: key.toString('base64'),
        BACKUP_DIR: backupDir,
      });
      const findings = await examineInstallation(config, migrationsInRelease());
      expect(statusOf(findings, 'database')).toEqual(['ok']);
      expect(statusOf(findings, 'SMTP')).toEqual(['ok']);
      expect(statusOf(findings, 'TURN')).toEqual(['ok', 'fail']);
      // 50 hours old against a daily backup: the operator must hear of it.
      expect(statusOf(findings, 'backups')).toEqual(['fail']);
      expect(statusOf(findings, 'metrics')).toEqual(['warn']);
      expect(findings.find((f) => f.check === 'database')?.detail).toContain(
        `all ${migrationsInRelease()} migrations applied`,
      );
    } finally {
      await smtp.close();
      stun.close();
    }
  });

  it('fails a database it cannot reach, and an SMTP server that is not there', async () => {
    const dead = await closedPort();
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: `postgres://nobody@127.0.0.1:${dead}/none`,
      SMTP_URL: `smtp://127.0.0.1:${dead}`,
    });
    const findings = await examineInstallation(config, migrationsInRelease());
    expect(statusOf(findings, 'database')).toEqual(['fail']);
    expect(statusOf(findings, 'SMTP')).toEqual(['fail']);
    expect(statusOf(findings, 'backups')).toEqual(['warn']);
  });
});
