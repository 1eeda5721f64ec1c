import crypto from 'node:crypto';
import type { Keyring } from './keyring.ts';

/**
 * A keyed blind index: the same value always gives the same index, so a sealed column can
 * still be looked up and kept unique, but without the key the index tells nothing (an
 * address cannot be confirmed by hashing guesses, as a plain hash would allow).
 */
export function blindIndex(key: Buffer, purpose: string, value: string): string {
  return crypto.createHmac('sha256', key).update(`${purpose}\u0000${value}`).digest('base64url');
}

/**
 * The index key: IDENTITY_INDEX_KEY, never from the database. Without it (development and
 * tests only; config refuses production) it is derived from the encryption key in use.
 * It must never change: every stored index would have to be computed again.
 */
export function identityIndexKey(configured: Buffer | null, keyring: Keyring): Buffer {
  if (configured) return configured;
  const material = keyring.keys.get(keyring.activeKid);
  if (!material) throw new Error('active key missing');
  return Buffer.from(
    crypto.hkdfSync('sha256', material, Buffer.alloc(0), 'yorisoi identity index', 32),
  );
}
