import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';
import { tileImageSource } from '../platform/http/security.ts';

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
    [{ MAP_TILE_URL: 'https://tiles.example/{z}/{x}.png' }, 'MAP_TILE_URL'],
    [{ MAP_TILE_URL: 'javascript:alert({z}{x}{y})' }, 'MAP_TILE_URL'],
  ])('stops on %o naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`${variable}:`));
  });

  it('draws facility maps with 地理院タイル unless told otherwise, and allows their origin', () => {
    const config = loadConfig({});
    expect(config.mapTiles).toEqual({
      urlTemplate: 'https://cyberjapandata.gsi.go.jp/xyz/std/{z}/{x}/{y}.png',
      attribution: '地理院タイル',
      attributionUrl: 'https://maps.gsi.go.jp/development/ichiran.html',
    });
    expect(tileImageSource(config.mapTiles.urlTemplate)).toBe('https://cyberjapandata.gsi.go.jp');
    expect(tileImageSource('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe(
      'https://*.tile.example.org',
    );
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

  it('takes scheduled backups only with a key of exactly 32 bytes', () => {
    expect(() => loadConfig({ BACKUP_DIR: '/var/backups/yorisoi' })).toThrow(
      /BACKUP_KEY: is required when BACKUP_DIR is set/,
    );
    expect(() => loadConfig({ BACKUP_KEY: Buffer.alloc(16).toString('base64') })).toThrow(
      /BACKUP_KEY: must be exactly 32 bytes/,
    );
    expect(() => loadConfig({ BACKUP_KEEP: '0' })).toThrow(/BACKUP_KEEP/);
    const config = loadConfig({
      BACKUP_DIR: '/var/backups/yorisoi',
      BACKUP_KEY: Buffer.alloc(32, 4).toString('base64'),
    });
    expect(config.backup).toMatchObject({
      dir: '/var/backups/yorisoi',
      everyHours: 24,
      keep: 14,
    });
  });
});
