import { beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../testing/test-client.ts';
import { mannWhitneyPValue } from '../testing/rank-test.ts';
import { observableAnswer } from '../testing/observable-answer.ts';
import { interleavedSamples } from '../testing/timed-samples.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

beforeAll(async () => {
  // Throttling has tests of its own; here every attempt must reach the password check.
});
const t = useTestApp(() => ({
  LOGIN_MAX_FAILURES: '100',
  LOGIN_ACCOUNT_FAILURES: '100000',
  LOGIN_SOURCE_FAILURES: '100000',
}));
const tenant = useTenant(t, 'enum');

const unknownEmail = 'nobody.enrolled@example.com';

function wrongPassword(email: string) {
  return new TestClient(t.app).call('signIn', { body: { email, password: 'not the password' } });
}

describe('sign-in does not tell who is enrolled', () => {
  it('answers a wrong password for a known address exactly as for an unknown one', async () => {
    const known = await wrongPassword(tenant.people.worker.email);
    const unknown = await wrongPassword(unknownEmail);
    expect(observableAnswer(unknown)).toEqual(observableAnswer(known));
    expect(known.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('takes the same time and work for both: the samples are not told apart by a rank test', async () => {
    const [known, unknown] = await interleavedSamples(
      60,
      () => wrongPassword(tenant.people.worker.email),
      () => wrongPassword(unknownEmail),
    );
    // A generous level, so that a loaded machine does not fail it: the old code, which
    // wrote the failure only for known addresses, gave p ≈ 1e-10 for the work.
    expect(mannWhitneyPValue(known.work, unknown.work)).toBeGreaterThan(0.001);
    expect(mannWhitneyPValue(known.elapsed, unknown.elapsed)).toBeGreaterThan(0.001);
  }, 120_000);
});
