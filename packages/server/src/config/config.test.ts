import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('runs with nothing configured: embedded database in ./data, demo seeded', () => {
    const config = loadConfig({});
    expect(config.database.kind).toBe('embedded');
    expect(config.demoSeed).toBe(true);
    expect(config.publicUrl).toBe('http://localhost:3000');
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ DEMO_SEED: 'maybe' }, 'DEMO_SEED'],
    [{ NODE_ENV: 'production' }, 'ENCRYPTION_KEYS'],
    [{ LOGIN_MAX_FAILURES: '0' }, 'LOGIN_MAX_FAILURES'],
    [{ NODE_ENV: 'production' }, 'VAPID_PUBLIC_KEY'],
    [{ NODE_ENV: 'production' }, 'VAPID_SUBJECT'],
    [{ VAPID_PUBLIC_KEY: 'B'.repeat(87) }, 'VAPID_PRIVATE_KEY'],
    [{ VAPID_SUBJECT: 'http://example.org' }, 'VAPID_SUBJECT'],
    [{ NODE_ENV: 'production' }, 'PSEUDONYM_KEY'],
    [{ NODE_ENV: 'production' }, 'IDENTITY_INDEX_KEY'],
    [{ IDENTITY_INDEX_KEY: Buffer.alloc(8).toString('base64') }, 'IDENTITY_INDEX_KEY'],
    [{ PSEUDONYM_KEY: Buffer.alloc(8).toString('base64') }, 'PSEUDONYM_KEY'],
  ])('stops on %o naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`${variable}:`));
  });

  it('turns the demo off in production unless asked', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
      VAPID_PUBLIC_KEY: 'B'.repeat(87),
      VAPID_PRIVATE_KEY: 'a'.repeat(43),
      VAPID_SUBJECT: 'mailto:ops@city.example',
      PSEUDONYM_KEY: Buffer.alloc(32, 2).toString('base64'),
      IDENTITY_INDEX_KEY: Buffer.alloc(32, 3).toString('base64'),
    });
    expect(config.demoSeed).toBe(false);
  });
});
