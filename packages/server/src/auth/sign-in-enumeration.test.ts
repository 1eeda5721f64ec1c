import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { createTenant, type TenantFixture } from '../testing/fixtures.ts';
import { TestClient } from '../testing/test-client.ts';
import { mannWhitneyPValue } from '../testing/rank-test.ts';

let t: TestApp;
let tenant: TenantFixture;

beforeAll(async () => {
  // Throttling has tests of its own; here every attempt must reach the password check.
  t = await startTestApp({
    LOGIN_MAX_FAILURES: '100',
    LOGIN_ACCOUNT_FAILURES: '100000',
    LOGIN_SOURCE_FAILURES: '100000',
  });
  tenant = await createTenant(t.ctx, 'enum');
});
afterAll(() => t?.close());

const unknownEmail = 'nobody.enrolled@example.com';

/**
 * One wrong-password sign-in with the wall time it took and the processor time the
 * process spent on it (the server runs in this process, argon2 in its thread pool): on a
 * shared machine other programmes stretch wall times, not the work done.
 */
async function timedWrongPassword(email: string) {
  const client = new TestClient(t.app);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const response = await client.call('signIn', { body: { email, password: 'not the password' } });
  const { user, system } = process.cpuUsage(cpu);
  return { elapsed: performance.now() - started, work: user + system, response };
}

/**
 * What a prober can read off an answer: status, body and headers but the per-request ones
 * (the rate limit's remaining count falls with every request of the client's address).
 */
function observable(response: Awaited<ReturnType<typeof timedWrongPassword>>['response']) {
  const headers = Object.fromEntries(
    Object.entries(response.headers).filter(
      ([name]) => !['date', 'x-request-id', 'x-ratelimit-remaining'].includes(name),
    ),
  );
  const { error } = response.json() as { error: Record<string, unknown> };
  const body = { error: { ...error, requestId: null } };
  return { status: response.statusCode, body, headers };
}

describe('sign-in does not tell who is enrolled', () => {
  it('answers a wrong password for a known address exactly as for an unknown one', async () => {
    const known = await timedWrongPassword(tenant.people.worker.email);
    const unknown = await timedWrongPassword(unknownEmail);
    expect(observable(unknown.response)).toEqual(observable(known.response));
    expect(known.response.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('takes the same time and work for both: the samples are not told apart by a rank test', async () => {
    const known = { elapsed: [] as number[], work: [] as number[] };
    const unknown = { elapsed: [] as number[], work: [] as number[] };
    for (let i = 0; i < 5; i++) {
      await timedWrongPassword(tenant.people.worker.email);
      await timedWrongPassword(unknownEmail);
    }
    // Interleaved, so that load on a shared machine falls on both alike.
    for (let i = 0; i < 60; i++) {
      for (const [email, into] of [
        [tenant.people.worker.email, known],
        [unknownEmail, unknown],
      ] as const) {
        const { elapsed, work } = await timedWrongPassword(email);
        into.elapsed.push(elapsed);
        into.work.push(work);
      }
    }
    // A generous level, so that a loaded machine does not fail it: the old code, which
    // wrote the failure only for known addresses, gave p ≈ 1e-10 for the work.
    expect(mannWhitneyPValue(known.work, unknown.work)).toBeGreaterThan(0.001);
    expect(mannWhitneyPValue(known.elapsed, unknown.elapsed)).toBeGreaterThan(0.001);
  }, 120_000);
});
