import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Key-encryption keys for field-level encryption. They come from ENCRYPTION_KEYS
 * (`kid:base64key,kid:base64key`, the first is used for new data, the others still
 * decrypt older data, which is how keys rotate), never from the database. Without the
 * variable (development only: config refuses production) a key is made once and kept in
 * DATA_DIR/secrets, outside the database files.
 */
export interface Keyring {
  activeKid: string;
  keys: ReadonlyMap<string, Buffer>;
}

export class KeyringError extends Error {
  override name = 'KeyringError';
}

export function parseKeyring(spec: string): Keyring {
  const keys = new Map<string, Buffer>();
  let activeKid: string | undefined;
  for (const part of spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [kid, encoded] = part.split(':');
    if (!kid || !encoded || !/^[A-Za-z0-9_-]{1,32}$/.test(kid)) {
      throw new KeyringError('ENCRYPTION_KEYS: each entry must be kid:base64key');
    }
    const key = Buffer.from(encoded, 'base64');
    if (key.length !== 32) throw new KeyringError(`ENCRYPTION_KEYS: key ${kid} must be 32 bytes`);
    if (keys.has(kid)) throw new KeyringError(`ENCRYPTION_KEYS: key id ${kid} appears twice`);
    keys.set(kid, key);
    activeKid ??= kid;
  }
  if (!activeKid) throw new KeyringError('ENCRYPTION_KEYS: no key given');
  return { activeKid, keys };
}

export function loadKeyring(spec: string | undefined, dataDir: string): Keyring {
  if (spec) return parseKeyring(spec);
  const file = path.join(dataDir, 'secrets', 'encryption-keys');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const generated = `dev1:${crypto.randomBytes(32).toString('base64')}`;
    fs.writeFileSync(file, generated, { mode: 0o600, flag: 'wx' });
  }
  return parseKeyring(fs.readFileSync(file, 'utf8'));
}
