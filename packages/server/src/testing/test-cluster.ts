import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config/config.ts';
import { startServer, type RunningServer } from '../app/start-server.ts';
import { openTestDatabase } from './test-database.ts';
import { testKeyring, type TestApp } from './test-app.ts';
import { TestClock } from './test-clock.ts';

/** Whether this run has a PostgreSQL server for clusters (the CI's second pass sets it). */
export const clusterServerUrl = process.env.TEST_DATABASE_URL;

export interface TestCluster {
  instances: RunningServer[];
  /** Stops every instance and drops the cluster's database. */
  stop(): Promise<void>;
}

/**
 * Several application instances on one fresh database of the PostgreSQL server, started
 * at once as a deployment with more than one process starts them (they migrate
 * concurrently, seed the demo once when asked). Needs TEST_DATABASE_URL.
 */
export async function startTestCluster({
  size = 2,
  demoSeed = false,
  env = {},
}: {
  size?: number;
  demoSeed?: boolean;
  /** More settings for every instance (SMTP_URL …). */
  env?: Record<string, string>;
} = {}): Promise<TestCluster> {
  const target = await openTestDatabase();
  if (!target.url) throw new Error('a test cluster needs TEST_DATABASE_URL');
  await target.database.close();
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: target.url,
    DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'yorisoi-cluster-')),
    LOG_LEVEL: 'silent',
    DEMO_SEED: demoSeed ? 'true' : 'false',
    ENCRYPTION_KEYS: testKeyring,
    ...env,
  });
  const instances = await Promise.all(
    Array.from({ length: size }, () => startServer(config, { quiet: true })),
  );
  return {
    instances,
    async stop() {
      await Promise.all(instances.map((i) => i.stop()));
      await target.drop();
    },
  };
}

/** An instance as the fixtures' TestApp (signInAs …); its server runs on the real clock. */
export const asTestApp = (server: RunningServer): TestApp => ({
  app: server.app,
  ctx: server.ctx,
  clock: new TestClock(),
  databaseUrl: null,
  close: server.stop,
});
