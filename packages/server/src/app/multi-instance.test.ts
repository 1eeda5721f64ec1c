import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../demo/demo-data.ts';
import type { RunningServer } from './start-server.ts';
import { clusterServerUrl, startTestCluster, type TestCluster } from '../testing/test-cluster.ts';

/**
 * Two application instances on different ports share one PostgreSQL server: they migrate
 * concurrently without conflict, seed once, and serve the same data and sessions.
 * Needs a server, so it runs when TEST_DATABASE_URL is set (the CI's second pass).
 */
let cluster: TestCluster | null = null;
let instances: RunningServer[] = [];

beforeAll(async () => {
  if (!clusterServerUrl) return;
  cluster = await startTestCluster({ demoSeed: true });
  instances = cluster.instances;
});
afterAll(async () => {
  await cluster?.stop();
});

describe.runIf(clusterServerUrl)('several instances on one PostgreSQL server', () => {
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
