import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import webpush from 'web-push';
import { loadConfig } from '../config/config.ts';
import { parseKeyring } from '../platform/crypto/keyring.ts';
import type { AppContext } from '../app/context.ts';
import { createAppContext } from '../app/create-app-context.ts';
import { buildApp } from '../app/build-app.ts';
import { openTestDatabase } from './test-database.ts';
import { TestClock } from './test-clock.ts';

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  clock: TestClock;
  databaseUrl: string | null;
  close(): Promise<void>;
}

export const testKeyring = `test1:${crypto.randomBytes(32).toString('base64')}`;
export const testVapidKeys = webpush.generateVAPIDKeys();

type TestDatabase = Awaited<ReturnType<typeof openTestDatabase>>;

/**
 * The real application on a fresh database, driven through inject; or on a database the
 * test prepared (a restored backup), which closing the app drops.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  prepared?: TestDatabase,
): Promise<TestApp> {
  const { database, url, drop } = prepared ?? (await openTestDatabase());
  await database.migrate();
  const clock = new TestClock();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: path.join(os.tmpdir(), 'yorisoi-test-unused'),
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    ENCRYPTION_KEYS: testKeyring,
    DEMO_SEED: 'false',
    // Tests of other behaviour send quickly; socket rate limits have tests of their own.
    SOCKET_MESSAGES_PER_MINUTE: '100000',
    SOCKET_MESSAGE_BURST: '100000',
    SOCKET_TYPING_PER_MINUTE: '100000',
    SOCKET_TYPING_BURST: '100000',
    SOCKET_CALLS_PER_MINUTE: '100000',
    SOCKET_CALL_BURST: '100000',
    SOCKET_SIGNALS_PER_MINUTE: '100000',
    SOCKET_SIGNAL_BURST: '100000',
    VAPID_PUBLIC_KEY: testVapidKeys.publicKey,
    VAPID_PRIVATE_KEY: testVapidKeys.privateKey,
    VAPID_SUBJECT: 'mailto:ops@test.example',
    // Tests of other behaviour let one fixture coordinator take many consultations;
    // the capacity limit has tests of its own.
    MAX_CONCURRENT_CONSULTATIONS: '20',
    ...env,
  });
  const ctx = createAppContext({
    config,
    database,
    keyring: parseKeyring(testKeyring),
    now: clock.now,
  });
  const app = await buildApp(ctx);
  await app.ready();
  let closing: Promise<void> | undefined;
  return {
    app,
    ctx,
    clock,
    databaseUrl: url,
    // Closing twice (a file's own hook and the shared fixture's) closes once.
    close() {
      closing ??= (async () => {
        await app.close();
        await ctx.outbox.stop();
        await drop();
      })();
      return closing;
    },
  };
}
