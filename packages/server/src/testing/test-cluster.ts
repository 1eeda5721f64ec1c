import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig, type Config } from '../config/config.ts';
import type { AppContext } from '../app/context.ts';
import { createAppContext } from '../app/create-app-context.ts';
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
export interface TestClusterOptions {
  size?: number;
  demoSeed?: boolean;
  /** More settings for every instance (SMTP_URL …). */
  env?: Record<string, string>;
}

export async function startTestCluster({
  size = 2,
  demoSeed = false,
  env = {},
}: TestClusterOptions = {}): Promise<TestCluster> {
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

/**
 * A cluster for the tests of one file: started before them when a PostgreSQL server is
 * configured (`options` is read then, so it may use what earlier hooks set up), then
 * `ready` runs with the instances (fixtures …); stopped after them.
 */
export function useTestCluster(
  options: () => TestClusterOptions = () => ({}),
  ready: (instances: RunningServer[]) => Promise<void> = async () => undefined,
): { readonly instances: RunningServer[] } {
  let cluster: TestCluster | null = null;
  beforeAll(async () => {
    if (!clusterServerUrl) return;
    cluster = await startTestCluster(options());
    await ready(cluster.instances);
  });
  afterAll(async () => {
    await cluster?.stop();
  });
  return {
    get instances() {
      if (!cluster) throw new Error('the test cluster has not started');
      return cluster.instances;
    },
  };
}

/**
 * Another instance on a test app's database, as a second process runs it: its own caches
 * and outbox worker, sharing only the database. The caller stops its outbox.
 */
export function anotherInstanceOf(t: TestApp, config: Config = t.ctx.config): AppContext {
  return createAppContext({
    config,
    database: t.ctx.database,
    keyring: t.ctx.keyring,
    now: t.ctx.now,
  });
}
