import dgram from 'node:dgram';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import type { Config } from '../config/config.ts';
import { DataDirLockedError } from '../platform/db/data-dir-lock.ts';
import { openDatabase } from '../platform/db/database.ts';
import { createMailer } from '../notifications/mailer.ts';
import { readSchemaVersion } from './backup.repository.ts';
import { lastBackup } from './scheduled-backup.ts';
import { opsSocketPath } from './ops-socket.ts';

export type Finding = { check: string; status: 'ok' | 'warn' | 'fail'; detail: string };

const reachTimeoutMs = 5_000;

/**
 * `yorisoi doctor`: what an IT section checks before it trusts an installation (issue 21).
 * Every check says what it found in a sentence; `fail` is what breaks the service,
 * `warn` what an operator should decide about.
 */
export async function examineInstallation(
  config: Config,
  migrationsInRelease: number,
): Promise<Finding[]> {
  return [
    await examineDatabase(config, migrationsInRelease),
    ...examineKeys(config),
    examineBackups(config),
    await examineMail(config),
    ...(await Promise.all(examineTurn(config))),
    config.metricsToken
      ? { check: 'metrics', status: 'ok', detail: '/metrics is served to its bearer token' }
      : { check: 'metrics', status: 'warn', detail: 'METRICS_TOKEN is not set: no /metrics' },
  ];
}

async function examineDatabase(config: Config, expected: number): Promise<Finding> {
  // Looking must not create: an empty DATA_DIR stays empty.
  if (config.database.kind !== 'postgres' && !fs.existsSync(path.join(config.dataDir, 'pgdata')))
    return {
      check: 'database',
      status: 'warn',
      detail: `no embedded database in ${config.dataDir} yet (the server creates it at first start)`,
    };
  let database;
  try {
    database = await openDatabase(
      config.database.kind === 'postgres'
        ? config.database
        : { kind: 'embedded', dataDir: config.dataDir },
    );
  } catch (error) {
    if (error instanceof DataDirLockedError && fs.existsSync(opsSocketPath(config.dataDir)))
      return { check: 'database', status: 'ok', detail: 'embedded, held by the running server' };
    return { check: 'database', status: 'fail', detail: `cannot open: ${messageOf(error)}` };
  }
  try {
    await database.ping();
    const { migrations } = await readSchemaVersion(database.db).catch(() => ({ migrations: 0 }));
    const kind = database.kind === 'postgres' ? 'PostgreSQL server' : 'embedded';
    if (migrations > expected)
      return {
        check: 'database',
        status: 'fail',
        detail: `${kind}: ${migrations} migrations applied, this release knows ${expected} (a newer release wrote it)`,
      };
    return migrations < expected
      ? {
          check: 'database',
          status: 'warn',
          detail: `${kind}: ${migrations} of ${expected} migrations applied (the server applies the rest at start)`,
        }
      : { check: 'database', status: 'ok', detail: `${kind}: all ${expected} migrations applied` };
  } catch (error) {
    return { check: 'database', status: 'fail', detail: `not reachable: ${messageOf(error)}` };
  } finally {
    await database.close();
  }
}

function examineKeys(config: Config): Finding[] {
  const devKeys = path.join(config.dataDir, 'secrets', 'encryption-keys');
  const findings: Finding[] = [
    config.encryptionKeys
      ? { check: 'data keys', status: 'ok', detail: 'ENCRYPTION_KEYS set outside the database' }
      : {
          check: 'data keys',
          status: config.env === 'production' ? 'fail' : 'warn',
          detail: fs.existsSync(devKeys)
            ? `ENCRYPTION_KEYS is not set: keys are in ${devKeys}, beside the data they open`
            : 'ENCRYPTION_KEYS is not set',
        },
  ];
  for (const [name, set] of [
    ['IDENTITY_INDEX_KEY', config.identityIndexKey !== null],
    ['PSEUDONYM_KEY', config.pseudonymKey !== null],
  ] as const) {
    findings.push(
      set
        ? { check: name, status: 'ok', detail: 'set' }
        : { check: name, status: 'warn', detail: 'not set: derived from ENCRYPTION_KEYS' },
    );
  }
  findings.push(
    config.backup.key
      ? { check: 'BACKUP_KEY', status: 'ok', detail: 'set' }
      : { check: 'BACKUP_KEY', status: 'warn', detail: 'not set: no backup can be taken' },
  );
  return findings;
}

function examineBackups(config: Config): Finding {
  const { dir, everyHours } = config.backup;
  if (!dir) return { check: 'backups', status: 'warn', detail: 'BACKUP_DIR is not set' };
  const last = lastBackup(dir, new Date());
  if (!last) return { check: 'backups', status: 'fail', detail: `no backup in ${dir} yet` };
  const age = `the newest is ${last.ageHours.toFixed(1)} hours old (${last.takenAt})`;
  return last.ageHours > everyHours * 1.5
    ? { check: 'backups', status: 'fail', detail: `${age}; one is due every ${everyHours} h` }
    : { check: 'backups', status: 'ok', detail: age };
}

async function examineMail(config: Config): Promise<Finding> {
  const mailer = createMailer({
    ...config,
    outbox: { ...config.outbox, deliveryTimeoutMs: reachTimeoutMs },
  });
  if (!mailer)
    return { check: 'SMTP', status: 'warn', detail: 'SMTP_URL is not set: no alert mail goes out' };
  try {
    await mailer.verify();
    return { check: 'SMTP', status: 'ok', detail: 'the server greets and accepts a login' };
  } catch (error) {
    return { check: 'SMTP', status: 'fail', detail: messageOf(error) };
  }
}

/** Each TURN address answers: a STUN binding over UDP, a connection over TCP or TLS. */
function examineTurn(config: Config): Promise<Finding>[] {
  const turn = config.ice.turn;
  if (!turn)
    return [
      Promise.resolve({
        check: 'TURN',
        status: 'warn',
        detail: 'TURN_URLS is not set: calls between restrictive networks may not connect',
      }),
    ];
  return turn.urls.map(async (url): Promise<Finding> => {
    const target = turnTarget(url);
    try {
      if (target.transport === 'udp') await stunBinding(target.host, target.port);
      else await connect(target.host, target.port, target.tls);
      return { check: 'TURN', status: 'ok', detail: `${url} answers` };
    } catch (error) {
      return { check: 'TURN', status: 'fail', detail: `${url}: ${messageOf(error)}` };
    }
  });
}

export function turnTarget(url: string): {
  host: string;
  port: number;
  transport: 'udp' | 'tcp';
  tls: boolean;
} {
  const match = /^(turns?):([^?:]+|\[[^\]]+\])(?::(\d+))?(?:\?transport=(udp|tcp))?$/.exec(url);
  if (!match) throw new Error(`not a TURN address: ${url}`);
  const secure = match[1] === 'turns';
  const host = (match[2] ?? '').replace(/^\[|\]$/g, '');
  return {
    host,
    port: Number(match[3] ?? (secure ? 5349 : 3478)),
    transport: secure ? 'tcp' : ((match[4] as 'udp' | 'tcp' | undefined) ?? 'udp'),
    tls: secure,
  };
}

function connect(host: string, port: number, secure: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = secure
      ? tls.connect({ host, port, servername: host })
      : net.connect({ host, port });
    const done = (error?: Error) => {
      socket.destroy();
      if (error) reject(error);
      else resolve();
    };
    socket.setTimeout(reachTimeoutMs, () => done(new Error('no answer within 5 s')));
    socket.once(secure ? 'secureConnect' : 'connect', () => done());
    socket.once('error', done);
  });
}

/** RFC 5389 Binding request: a TURN server answers it without credentials. */
function stunBinding(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = dgram.createSocket(net.isIPv6(host) ? 'udp6' : 'udp4');
    const transaction = crypto.randomBytes(12);
    const request = Buffer.concat([
      Buffer.from([0x00, 0x01, 0x00, 0x00, 0x21, 0x12, 0xa4, 0x42]),
      transaction,
    ]);
    const timer = setTimeout(() => finish(new Error('no STUN answer within 5 s')), reachTimeoutMs);
    const finish = (error?: Error) => {
      clearTimeout(timer);
      socket.close();
      if (error) reject(error);
      else resolve();
    };
    socket.on('message', (message) => {
      if (message.length >= 20 && message.subarray(8, 20).equals(transaction)) finish();
    });
    socket.on('error', (error) => finish(error));
    socket.send(request, port, host);
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
