import crypto from 'node:crypto';
import type { Keyring } from './keyring.ts';

/**
 * Authenticated encryption of one field: AES-256-GCM with a random 96-bit IV.
 * The context (`table.column:rowId`) is bound as additional data, so a sealed value
 * copied into another row or column fails to open.
 * Format: `v1.<kid>.<iv>.<ciphertext+tag>` (base64url parts).
 */
export function sealField(keyring: Keyring, plaintext: string, context: string): string {
  return sealBytes(keyring, Buffer.from(plaintext, 'utf8'), context);
}

export function openField(keyring: Keyring, sealed: string, context: string): string {
  return openBytes(keyring, sealed, context).toString('utf8');
}

/** The same sealing for binary content (attachments), in the same text format. */
export function sealBytes(keyring: Keyring, plaintext: Uint8Array, context: string): string {
  const key = keyring.keys.get(keyring.activeKid);
  if (!key) throw new Error('active key missing');
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  return ['v1', keyring.activeKid, iv.toString('base64url'), body.toString('base64url')].join('.');
}

export function openBytes(keyring: Keyring, sealed: string, context: string): Buffer {
  const [version, kid, ivPart, bodyPart] = sealed.split('.');
  if (version !== 'v1' || !kid || !ivPart || !bodyPart) throw new Error('not a sealed field');
  const key = keyring.keys.get(kid);
  if (!key) throw new Error(`no key ${kid} to open this field`);
  const body = Buffer.from(bodyPart, 'base64url');
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(ivPart, 'base64url'));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(body.subarray(body.length - 16));
  return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]);
}
