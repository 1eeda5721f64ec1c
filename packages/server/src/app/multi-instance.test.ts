import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { testKeyring } from '../testing/test-app.ts';
import { demoPassword } from '../demo/demo-data.ts';
import { startServer, type RunningServer } from './start-server.ts';

/**
 * Two application instances on different ports share one PostgreSQL server: they migrate
 * concurrently without conflict, seed once, and serve the same data and sessions.
 * Needs a server, so it runs when TEST_DATABASE_URL is set (the CI's second pass).
 */
const serverUrl = process.env.TEST_DATABASE_URL;
let instances: RunningServer[] = [];
let drop: (() => Promise<void>) | null = null;

beforeAll(async () => {
  if (!serverUrl) return;
  const target = await openTestDatabase();
  await target.database.close();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yorisoi-multi-'));
  const config = (port: string) =>
    loadConfig({
      NODE_ENV: 'test',
      PORT: port,
      HOST: '127.0.0.1',
      DATABASE_URL: target.url!,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      DEMO_SEED: 'true',
      ENCRYPTION_KEYS: testKeyring,
    });
  instances = await Promise.all([
    startServer(config('0'), { quiet: true }),
    startServer(config('0'), { quiet: true }),
  ]);
  drop = async () => {
    const { default: pg } = await import('pg');
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(
      `drop database if exists ${new URL(target.url!).pathname.slice(1)} with (force)`,
    );
    await admin.end();
  };
});
afterAll(async () => {
  await Promise.all(instances.map((i) => i.stop()));
  await drop?.();
});

describe.runIf(serverUrl)('several instances on one PostgreSQL server', () => {
  it('serves the same data and sessions from both instances', async () => {
    const [a, b] = instances as [RunningServer, RunningServer];
    expect(a.url).not.toBe(b.url);
    const signIn = await fetch(`${a.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'worker@demo.yorisoi.example', password: demoPassword }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const created = await fetch(`${b.url}/api/me/family-codes`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(created.status).toBe(200);
    const { id } = (await created.json()) as { id: string };
    const listed = await fetch(`${a.url}/api/me/family-codes`, { headers: { cookie } });
    expect(((await listed.json()) as { items: { id: string }[] }).items.map((c) => c.id)).toContain(
      id,
    );
    const municipalities = await instances[0]!.ctx.db.query.municipalities.findMany();
    expect(municipalities.map((m) => m.name).sort()).toEqual(
      ['日置市', '長泉町', '鹿児島市'].sort(),
    );
  });
});
