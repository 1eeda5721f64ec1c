import crypto from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyringError, parseKeyring } from './keyring.ts';
import { openField, sealField } from './sealed-field.ts';

const key = () => crypto.randomBytes(32).toString('base64');

describe('sealed fields', () => {
  it('round-trips any text and never contains it in the clear', () => {
    const keyring = parseKeyring(`k1:${key()}`);
    fc.assert(
      fc.property(fc.string({ minLength: 4 }), fc.string(), (text, context) => {
        const sealed = sealField(keyring, text, context);
        expect(openField(keyring, sealed, context)).toBe(text);
        expect(sealed.includes(text)).toBe(false);
      }),
    );
  });

  it('fails to open in another row or after tampering', () => {
    const keyring = parseKeyring(`k1:${key()}`);
    const sealed = sealField(keyring, 'secret', 'users.totp_secret:a');
    expect(() => openField(keyring, sealed, 'users.totp_secret:b')).toThrow();
    // Flip a bit in the decoded body: changing base64 characters at the end may only touch
    // padding bits that decoders ignore, which made this test fail once in a while.
    const parts = sealed.split('.');
    const body = Buffer.from(parts[3]!, 'base64url');
    for (const index of [0, body.length - 1]) {
      const flipped = Buffer.from(body);
      flipped[index] = flipped[index]! ^ 0x01;
      const tampered = [...parts.slice(0, 3), flipped.toString('base64url')].join('.');
      expect(() => openField(keyring, tampered, 'users.totp_secret:a')).toThrow();
    }
  });

  it('rotates: the new key seals, the old one still opens old data', () => {
    const oldKey = key();
    const before = parseKeyring(`k1:${oldKey}`);
    const sealed = sealField(before, 'secret', 'ctx');
    const after = parseKeyring(`k2:${key()},k1:${oldKey}`);
    expect(openField(after, sealed, 'ctx')).toBe('secret');
    expect(sealField(after, 'secret', 'ctx').startsWith('v1.k2.')).toBe(true);
  });

  it('rejects malformed key lists', () => {
    expect(() => parseKeyring('')).toThrow(KeyringError);
    expect(() => parseKeyring('k1:short')).toThrow(KeyringError);
    expect(() => parseKeyring(`k1:${key()},k1:${key()}`)).toThrow(KeyringError);
  });
});
