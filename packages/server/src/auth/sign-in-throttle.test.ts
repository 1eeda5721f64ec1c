import { describe, expect, it } from 'vitest';
import { fixturePassword } from '../testing/fixtures.ts';
import { TestClient } from '../testing/test-client.ts';
import { currentTotp } from './totp.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp(() => ({
  LOGIN_MAX_FAILURES: '3',
  LOGIN_ACCOUNT_FAILURES: '6',
  LOGIN_SOURCE_FAILURES: '10',
}));
const tenant = useTenant(t, 'throttle');

const stranger = '203.0.113.66';
const hospital = '198.51.100.7';

async function attempt(email: string, password: string, from: string, totpCode?: string) {
  const client = new TestClient(t.app);
  const response = await client.call('signIn', {
    body: { email, password, ...(totpCode ? { totpCode } : {}) },
    remoteAddress: from,
  });
  return { status: response.statusCode, code: response.json().error?.code as string | undefined };
}

describe('sign-in throttling', () => {
  it('slows a stranger guessing from one address, with growing delays, and never locks the owner out', async () => {
    const email = tenant.people.worker.email;
    for (let i = 0; i < 3; i++) {
      expect((await attempt(email, 'wrong guess', stranger)).code).toBe('INVALID_CREDENTIALS');
    }
    // The fourth wrong guess is still checked; from then on the stranger waits 1 s, 2 s …
    expect((await attempt(email, 'wrong guess', stranger)).code).toBe('INVALID_CREDENTIALS');
    expect(await attempt(email, fixturePassword, stranger)).toEqual({
      status: 429,
      code: 'SIGN_IN_THROTTLED',
    });
    t.clock.advance(1100);
    expect((await attempt(email, 'wrong guess', stranger)).code).toBe('INVALID_CREDENTIALS');
    t.clock.advance(1100);
    expect((await attempt(email, 'wrong guess', stranger)).code).toBe('SIGN_IN_THROTTLED');
    // The owner, from elsewhere, signs in at once.
    expect((await attempt(email, fixturePassword, hospital)).status).toBe(200);
  });

  it('slows an account guessed at from many addresses, but lets staff through with their second factor', async () => {
    const nurse = tenant.people.coordinator;
    for (let i = 0; i < 7; i++) {
      await attempt(nurse.email, 'wrong guess', `203.0.113.${10 + i}`);
    }
    expect((await attempt(nurse.email, fixturePassword, hospital)).code).toBe('SIGN_IN_THROTTLED');
    t.clock.advance(31_000);
    const totp = currentTotp(nurse.totpSecret!, t.ctx.now());
    expect((await attempt(nurse.email, fixturePassword, hospital, '000000')).code).toBe(
      'TOTP_INVALID',
    );
    const client = new TestClient(t.app);
    const session = await client.ok('signIn', {
      body: { email: nurse.email, password: fixturePassword, totpCode: totp },
      remoteAddress: hospital,
    });
    expect(session.mfa).toBe('ok');
    expect((await client.ok('getSession')).mfa).toBe('ok');
  });

  it('slows one source address trying many accounts', async () => {
    const from = '192.0.2.200';
    for (let i = 0; i < 11; i++) {
      await attempt(`someone${i}@example.com`, 'wrong guess', from);
    }
    expect((await attempt(tenant.people.family.email, fixturePassword, from)).code).toBe(
      'SIGN_IN_THROTTLED',
    );
    expect((await attempt(tenant.people.family.email, fixturePassword, hospital)).status).toBe(200);
  });

  it('answers an address nobody uses exactly like a known one, delays included', async () => {
    const from = '192.0.2.77';
    const known: string[] = [];
    const unknown: string[] = [];
    for (let i = 0; i < 6; i++) {
      known.push(String((await attempt(tenant.people.employerAdmin.email, 'nope', from)).code));
      unknown.push(String((await attempt('nobody.here@example.com', 'nope', from)).code));
    }
    expect(unknown).toEqual(known);
    expect(known).toContain('SIGN_IN_THROTTLED');
  });
});
