import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.ts';
import type { AppContext } from '../app/context.ts';
import { createAppContext } from '../app/create-app-context.ts';
import { openDatabase, type Database } from '../platform/db/database.ts';
import { parseKeyring } from '../platform/crypto/keyring.ts';
import { consultationMessages, users } from '../platform/db/schema/index.ts';
import { startSession } from '../auth/session.service.ts';
import { markSessionMfaVerified } from '../auth/sessions.repository.ts';
import { startConsultation, claimConsultation } from '../consultations/consultations.service.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { testKeyring } from '../testing/test-app.ts';
import { createTenant, type FixturePerson } from '../testing/fixtures.ts';
import { newClientMsgId } from '../testing/consultation-fixtures.ts';
import { ChatClient } from '../testing/chat-client.ts';
import { waitFor } from '../testing/wait-for.ts';

/**
 * The fault test of the message log: two clients exchange messages while the server
 * process is killed with SIGKILL and restarted. Afterwards every acknowledged message
 * is in the database exactly once with the seq it was acknowledged with, the log is
 * gap-free, both clients hold all of it in the same order, and what was in flight at a
 * kill was resent from the clients' outboxes. Runs on the embedded database, and on
 * PostgreSQL when TEST_DATABASE_URL is set.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
// 1,000 messages in all, with five kills spread over the exchange.
const perClient = 500;
const killAfterAcks = [120, 300, 500, 700, 880];

let database: Database | null = null;
let dropDatabase: (() => Promise<void>) | null = null;
let serverEnv: Record<string, string> = {};
let port = 0;
let server: ChildProcess | null = null;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port: found } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(found));
    });
  });
}

async function startServerProcess(): Promise<void> {
  const child = spawn(process.execPath, ['packages/server/bin/yorisoi.mjs', 'serve'], {
    cwd: repoRoot,
    env: { ...process.env, ...serverEnv },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  server = child;
  await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      return fetch(`http://127.0.0.1:${port}/readyz`).then(
        (r) => r.status === 200,
        () => false,
      );
    },
    { what: 'the server to be ready', intervalMs: 100 },
  );
}

async function killServerProcess(): Promise<void> {
  const child = server;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/** A session cookie made directly in the database, as a sign-in would (staff: second factor passed). */
async function cookieFor(ctx: AppContext, person: FixturePerson): Promise<string> {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, person.id));
  const session = await startSession(ctx, ctx.db, { user: user!, userAgent: 'fault test' });
  if (person.totpSecret) await markSessionMfaVerified(ctx.db, session.actor.sessionId);
  return `yorisoi_session=${session.token}`;
}

let setup: { consultationId: string; workerCookie: string; coordinatorCookie: string };

beforeAll(async () => {
  port = await freePort();
  serverEnv = {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'false',
    ENCRYPTION_KEYS: testKeyring,
    // Two clients pump a thousand messages: far above a person's rate limit, on purpose.
    SOCKET_MESSAGES_PER_MINUTE: '100000',
    SOCKET_MESSAGE_BURST: '100000',
  };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yorisoi-fault-'));
  if (process.env.TEST_DATABASE_URL) {
    const target = await openTestDatabase();
    database = target.database;
    dropDatabase = target.drop;
    serverEnv.DATABASE_URL = target.url!;
    serverEnv.DATA_DIR = dataDir;
  } else {
    database = await openDatabase({ kind: 'embedded', dataDir });
    serverEnv.DATA_DIR = dataDir;
  }
  await database.migrate();
  const config = loadConfig(serverEnv);
  const ctx = createAppContext({
    config,
    database,
    keyring: parseKeyring(testKeyring),
    now: () => new Date(),
  });
  const tenant = await createTenant(ctx, 'fault');
  const actorOf = (person: FixturePerson) => ({
    userId: person.id,
    sessionId: 'fixture',
    role: person.role,
    municipalityId: tenant.municipalityId,
    organizationId: person.role === 'worker' ? tenant.organizations[0]!.id : null,
    locale: 'ja' as const,
    mfaSatisfied: true,
  });
  const started = await startConsultation(ctx, {
    actor: actorOf(tenant.people.worker),
    topics: ['elder_care'],
    preference: 'chat',
    firstMessage: { clientMsgId: newClientMsgId(), body: '父の介護のことで相談です' },
  });
  await claimConsultation(ctx, {
    actor: actorOf(tenant.people.coordinator),
    consultationId: started.consultation.id,
  });
  setup = {
    consultationId: started.consultation.id,
    workerCookie: await cookieFor(ctx, tenant.people.worker),
    coordinatorCookie: await cookieFor(ctx, tenant.people.coordinator),
  };
  // The embedded database belongs to one process at a time: hand it over to the server.
  if (!process.env.TEST_DATABASE_URL) {
    await database.close();
    database = null;
  }
  await startServerProcess();
}, 180_000);

afterAll(async () => {
  await killServerProcess();
  await database?.close();
  await dropDatabase?.();
});

describe('message log under server crashes', () => {
  it('keeps every acknowledged message exactly once and in order through SIGKILL restarts', async () => {
    const url = `http://127.0.0.1:${port}`;
    let acks = 0;
    let kills = 0;
    let crash: Promise<void> = Promise.resolve();
    const onAck = () => {
      acks++;
      if (kills < killAfterAcks.length && acks >= killAfterAcks[kills]!) {
        kills++;
        // Synchronously after the ack: sends just pumped are still in flight.
        crash = crash.then(async () => {
          await killServerProcess();
          await startServerProcess();
        });
      }
    };
    const { consultationId } = setup;
    const worker = new ChatClient(url, setup.workerCookie, consultationId, 'worker', onAck);
    const coordinator = new ChatClient(
      url,
      setup.coordinatorCookie,
      consultationId,
      'coordinator',
      onAck,
    );
    const clients = [worker, coordinator];
    try {
      worker.enqueue(perClient, 'worker');
      coordinator.enqueue(perClient, 'coordinator');
      await expect
        .poll(() => clients.every((c) => c.unsent === 0) && kills === killAfterAcks.length, {
          timeout: 200_000,
          interval: 50,
        })
        .toBe(true);
      await crash;
      await expect.poll(() => clients.every((c) => c.joined), { timeout: 60_000 }).toBe(true);
      for (const client of clients) await client.catchUp();
    } finally {
      for (const client of clients) client.close();
    }

    // Read the log back as it is on disk, after one last crash.
    await killServerProcess();
    const reader =
      database ?? (await openDatabase({ kind: 'embedded', dataDir: serverEnv.DATA_DIR! }));
    const rows = await reader.db
      .select({ seq: consultationMessages.seq, clientMsgId: consultationMessages.clientMsgId })
      .from(consultationMessages)
      .where(eq(consultationMessages.consultationId, setup.consultationId))
      .orderBy(asc(consultationMessages.seq));
    if (!database) await reader.close();

    const total = 1 + 2 * perClient;
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(new Set(rows.map((r) => r.clientMsgId)).size).toBe(total);
    const seqOf = new Map(rows.map((r) => [r.clientMsgId, r.seq]));
    for (const client of clients) {
      expect(client.refusals).toEqual([]);
      // A message whose acknowledgement died with the server is known by its echo or the
      // catch-up instead, and is not sent again.
      const logged = new Set(client.log.map((m) => m.clientMsgId));
      expect(client.written.filter((id) => !logged.has(id))).toEqual([]);
      for (const [clientMsgId, seq] of client.acked) expect(seqOf.get(clientMsgId)).toBe(seq);
      expect(client.log.map((m) => m.seq)).toEqual(rows.map((r) => r.seq));
      expect(client.log.map((m) => m.clientMsgId)).toEqual(rows.map((r) => r.clientMsgId));
    }
    expect(kills).toBe(killAfterAcks.length);
    expect(worker.resent + coordinator.resent).toBeGreaterThan(0);
  }, 360_000);
});
