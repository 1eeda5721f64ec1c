import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.ts';
import type { AppContext } from '../app/context.ts';
import { createAppContext } from '../app/create-app-context.ts';
import { openDatabase, type Database } from '../platform/db/database.ts';
import { parseKeyring } from '../platform/crypto/keyring.ts';
import { users } from '../platform/db/schema/index.ts';
import { startSession } from '../auth/session.service.ts';
import { markSessionMfaVerified } from '../auth/sessions.repository.ts';
import { claimConsultation, startConsultation } from '../consultations/consultations.service.ts';
import { verifyAuditChain } from '../audit/audit.service.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { testKeyring } from '../testing/test-app.ts';
import { createTenant, fixturePassword, type FixturePerson } from '../testing/fixtures.ts';
import { newClientMsgId } from '../testing/consultation-fixtures.ts';
import { ChatClient } from '../testing/chat-client.ts';
import { waitFor } from '../testing/wait-for.ts';
import { parsePreviousRelease } from './migration-safety.ts';

/**
 * Upgrades without fear (issue 21): the previous release's server (the commit
 * deploy/previous-release names, taken out of git into a temporary directory) starts
 * against this branch's schema, every migration applied, and still works: it is healthy,
 * a person signs in, sends a message, and the coordinator reads it. That is what a
 * rolling upgrade asks of the schema while old and new instances run side by side.
 * Embedded database by default, PostgreSQL with TEST_DATABASE_URL.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const previous = parsePreviousRelease(
  fs.readFileSync(path.join(repoRoot, 'deploy/previous-release'), 'utf8'),
);

function git(args: string[], options: { input?: Buffer } = {}): Buffer {
  return execFileSync('git', args, { cwd: repoRoot, maxBuffer: 1 << 30, ...options });
}

/**
 * The previous release's tree in a temporary directory, with a node_modules of links to
 * this checkout's packages (never committed, never outside the temporary directory)
 * and its own workspace packages linked to its own sources.
 */
function extractPreviousRelease(): string {
  try {
    git(['cat-file', '-e', `${previous.commit}^{commit}`]);
  } catch {
    throw new Error(
      `The previous release ${previous.commit} (deploy/previous-release) is not in this ` +
        'clone, so the upgrade cannot be tested. A shallow clone lacks it: run ' +
        '`git fetch --unshallow` (or clone with full history) and run this test again.',
    );
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yorisoi-previous-'));
  const archive = git(['archive', '--format=tar', previous.commit]);
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  const modules = path.join(dir, 'node_modules');
  fs.mkdirSync(path.join(modules, '@yorisoi'), { recursive: true });
  for (const entry of fs.readdirSync(path.join(repoRoot, 'node_modules'))) {
    if (entry === '@yorisoi') continue;
    fs.symlinkSync(path.join(repoRoot, 'node_modules', entry), path.join(modules, entry));
  }
  for (const entry of fs.readdirSync(path.join(dir, 'packages'))) {
    fs.symlinkSync(path.join(dir, 'packages', entry), path.join(modules, '@yorisoi', entry));
  }
  return dir;
}

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

let releaseDir = '';
let database: Database | null = null;
let dropDatabase: (() => Promise<void>) | null = null;
let server: ChildProcess | null = null;
let url = '';
let serverEnv: Record<string, string> = {};
let setup: {
  consultationId: string;
  worker: FixturePerson;
  coordinatorCookie: string;
};

async function cookieFor(ctx: AppContext, person: FixturePerson): Promise<string> {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, person.id));
  const session = await startSession(ctx, ctx.db, { user: user!, userAgent: 'upgrade test' });
  if (person.totpSecret) await markSessionMfaVerified(ctx.db, session.actor.sessionId);
  return `yorisoi_session=${session.token}`;
}

beforeAll(async () => {
  releaseDir = extractPreviousRelease();
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yorisoi-upgrade-'));
  serverEnv = {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: url,
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'false',
    ENCRYPTION_KEYS: testKeyring,
    DATA_DIR: dataDir,
  };
  if (process.env.TEST_DATABASE_URL) {
    const target = await openTestDatabase();
    database = target.database;
    dropDatabase = target.drop;
    serverEnv.DATABASE_URL = target.url!;
  } else {
    database = await openDatabase({ kind: 'embedded', dataDir });
  }
  // This branch's schema: every migration, including those after the previous release.
  await database.migrate();
  const ctx = createAppContext({
    config: loadConfig(serverEnv),
    database,
    keyring: parseKeyring(testKeyring),
    now: () => new Date(),
  });
  const tenant = await createTenant(ctx, 'upgrade');
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
    topics: ['childcare'],
    preference: 'chat',
    firstMessage: { clientMsgId: newClientMsgId(), body: '保育園の送り迎えで相談です' },
  });
  await claimConsultation(ctx, {
    actor: actorOf(tenant.people.coordinator),
    consultationId: started.consultation.id,
  });
  setup = {
    consultationId: started.consultation.id,
    worker: tenant.people.worker,
    coordinatorCookie: await cookieFor(ctx, tenant.people.coordinator),
  };
  // The embedded database belongs to one process at a time: hand it to the old server.
  if (!process.env.TEST_DATABASE_URL) {
    await database.close();
    database = null;
  }
  const child = spawn(process.execPath, ['packages/server/bin/yorisoi.mjs', 'serve'], {
    cwd: releaseDir,
    env: { ...process.env, ...serverEnv },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  server = child;
  await waitFor(
    async () => {
      if (child.exitCode !== null)
        throw new Error(`the previous release exited with ${child.exitCode}`);
      return fetch(`${url}/readyz`).then(
        (r) => r.status === 200,
        () => false,
      );
    },
    { what: 'the previous release to be ready', intervalMs: 200, timeoutMs: 120_000 },
  );
}, 180_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  await database?.close();
  await dropDatabase?.();
  if (releaseDir) fs.rmSync(releaseDir, { recursive: true, force: true });
});

describe('the previous release on the new schema', () => {
  it('is the release recorded, and its migrations are a prefix of ours', () => {
    const journal = JSON.parse(
      git(['show', `${previous.commit}:packages/server/drizzle/meta/_journal.json`]).toString(),
    ) as { entries: { tag: string }[] };
    const ours = JSON.parse(
      fs.readFileSync(path.join(repoRoot, 'packages/server/drizzle/meta/_journal.json'), 'utf8'),
    ) as { entries: { tag: string }[] };
    const theirs = journal.entries.map((e) => e.tag);
    expect(theirs.at(-1)).toBe(previous.lastMigration);
    expect(ours.entries.map((e) => e.tag).slice(0, theirs.length)).toEqual(theirs);
  });

  it('is healthy, signs a person in, and carries a message to the coordinator', async () => {
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    // It is the previous release indeed: this branch's endpoints are unknown to it.
    expect((await fetch(`${url}/api/retention/settings`)).status).toBe(404);
    const signIn = await fetch(`${url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({ email: setup.worker.email, password: fixturePassword }),
    });
    expect(signIn.status, await signIn.clone().text()).toBe(200);
    const cookie = signIn.headers
      .getSetCookie()
      .map((c) => c.split(';')[0]!)
      .find((c) => c.startsWith('yorisoi_session='));
    expect(cookie).toBeDefined();

    const worker = new ChatClient(url, cookie!, setup.consultationId, 'worker');
    const coordinator = new ChatClient(
      url,
      setup.coordinatorCookie,
      setup.consultationId,
      'coordinator',
    );
    try {
      worker.enqueue(3, 'アップグレード中のメッセージ');
      await expect.poll(() => worker.unsent, { timeout: 30_000 }).toBe(0);
      expect(worker.refusals).toEqual([]);
      await expect
        .poll(
          () => worker.written.every((id) => coordinator.log.some((m) => m.clientMsgId === id)),
          {
            timeout: 30_000,
          },
        )
        .toBe(true);
    } finally {
      worker.close();
      coordinator.close();
    }
  });

  it('leaves an audit chain the new release verifies', async () => {
    if (process.env.TEST_DATABASE_URL) {
      expect(await verifyAuditChain(database!.db)).toMatchObject({ ok: true });
    } else {
      // The embedded database is the old server's until it stops.
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server!.kill('SIGTERM');
      await exited;
      database = await openDatabase({ kind: 'embedded', dataDir: serverEnv.DATA_DIR! });
      expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true });
    }
  });
});
