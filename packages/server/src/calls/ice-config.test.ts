import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.ts';
import { signInAs } from '../testing/fixtures.ts';
import { turnPassword } from './turn-credentials.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const secret = 'loopback-turn-secret-for-tests';

const t = useTestApp(() => ({
  STUN_URLS: 'stun:stun.example.org:3478',
  TURN_URLS: 'turn:127.0.0.1:3478?transport=udp,turns:turn.example.org:5349',
  TURN_SECRET: secret,
  TURN_CREDENTIAL_TTL: '600',
  ICE_TRANSPORT_POLICY: 'relay',
}));
const tenant = useTenant(t, 'ice');

describe('ICE configuration', () => {
  it('gives the parties STUN, and TURN with credentials coturn accepts until they expire', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const before = Math.floor(t.clock.now().getTime() / 1000);
    const config = await worker.ok('getIceConfig');
    expect(config.iceTransportPolicy).toBe('relay');
    const [stun, turn] = config.iceServers;
    expect(stun).toEqual({ urls: ['stun:stun.example.org:3478'] });
    expect(turn?.urls).toEqual([
      'turn:127.0.0.1:3478?transport=udp',
      'turns:turn.example.org:5349',
    ]);
    const [expiry] = (turn?.username ?? '').split(':');
    expect(Number(expiry) - before).toBeGreaterThanOrEqual(600);
    expect(Number(expiry) - before).toBeLessThanOrEqual(601);
    expect(turn?.credential).toBe(turnPassword(secret, turn?.username ?? ''));
    expect(config.expiresAt).toBe(new Date(Number(expiry) * 1000).toISOString());
    const again = await worker.ok('getIceConfig');
    expect(again.iceServers[1]?.username).not.toBe(turn?.username);
  });

  it('gives nobody who cannot be in a call a TURN credential', async () => {
    for (const person of [tenant.people.employerAdmin, tenant.people.cityStaff]) {
      const client = await signInAs(t, person);
      const response = await client.call('getIceConfig');
      expect(response.statusCode).toBe(403);
    }
  });
});

describe('ICE settings at boot', () => {
  const base = { NODE_ENV: 'test', DATA_DIR: '/tmp/unused' };
  it('refuses TURN without a secret, relay without TURN, and URLs of the wrong scheme', () => {
    expect(() => loadConfig({ ...base, TURN_URLS: 'turn:127.0.0.1:3478' })).toThrow(/TURN_SECRET/);
    expect(() => loadConfig({ ...base, ICE_TRANSPORT_POLICY: 'relay' })).toThrow(
      /ICE_TRANSPORT_POLICY/,
    );
    expect(() => loadConfig({ ...base, STUN_URLS: 'http://stun.example.org' })).toThrow(
      /STUN_URLS/,
    );
    expect(loadConfig(base).ice).toEqual({ stunUrls: [], turn: null, transportPolicy: 'all' });
  });
});
