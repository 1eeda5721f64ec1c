import { describe, expect, it } from 'vitest';
import { issueTurnCredentials, turnPassword } from './turn-credentials.ts';

describe('TURN REST credentials (coturn use-auth-secret)', () => {
  it('is base64 HMAC-SHA1 of the username: RFC 2202 test case 2', () => {
    // key "Jefe", data "what do ya want for nothing?" → effcdf6ae5eb2fa2d27416d5f184df9c259a7c79
    expect(turnPassword('Jefe', 'what do ya want for nothing?')).toBe(
      Buffer.from('effcdf6ae5eb2fa2d27416d5f184df9c259a7c79', 'hex').toString('base64'),
    );
  });

  it('names the expiry in unix seconds and signs that exact username', () => {
    const issued = issueTurnCredentials(
      'a-long-shared-turn-secret',
      3600,
      new Date('2023-11-14T22:13:20.500Z'),
      'abc',
    );
    // 2023-11-14T22:13:20Z is 1,700,000,000; computed with `openssl dgst -sha1 -hmac`.
    expect(issued.username).toBe('1700003600:abc');
    expect(issued.credential).toBe('5uuBHwqL9oT460Uvb42OyQxc/yI=');
    expect(issued.expiresAt.toISOString()).toBe('2023-11-14T23:13:20.000Z');
  });

  it('gives every call a different opaque id', () => {
    const now = new Date();
    const a = issueTurnCredentials('a-long-shared-turn-secret', 60, now);
    const b = issueTurnCredentials('a-long-shared-turn-secret', 60, now);
    expect(a.username).not.toBe(b.username);
    expect(a.username).toMatch(/^\d{10}:[A-Za-z0-9_-]{12}$/);
  });
});
