import { describe, expect, it } from 'vitest';
import { TestClient } from '../testing/test-client.ts';
import { useTestApp } from '../testing/use-test-app.ts';

const t = useTestApp(() => ({ AUTH_RATE_LIMIT_PER_MINUTE: '3' }));

describe('rate limiting of guessable endpoints', () => {
  it('refuses a fourth invite-code guess within a minute with RATE_LIMITED', async () => {
    const client = new TestClient(t.app);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await client.call('lookupInvite', { body: { inviteCode: 'AAAA-AAAA' } });
      statuses.push(response.statusCode);
      if (i === 3) expect(response.json().error.code).toBe('RATE_LIMITED');
    }
    expect(statuses).toEqual([400, 400, 400, 429]);
    // Endpoints that cannot be used for guessing are not limited.
    expect((await client.call('getSession')).statusCode).toBe(200);
  });

  it('limits guessing an event cancellation link per address too, which needs no sign-in', async () => {
    const client = new TestClient(t.app);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await client.call('lookupEventRegistration', {
        params: { code: '000000' },
        body: { token: 'x'.repeat(43) },
        remoteAddress: '10.0.0.7',
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([404, 404, 404, 429]);
  });
});
