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
  ])('stops on %o naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`${variable}:`));
  });

  it('turns the demo off in production unless asked', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
    });
    expect(config.demoSeed).toBe(false);
  });
});
