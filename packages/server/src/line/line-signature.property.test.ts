import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isValidLineSignature, lineSignature } from './line-signature.ts';

const secret = fc.stringMatching(/^[0-9a-f]{32}$/);
const body = fc.uint8Array({ maxLength: 2048 });

/** An independent reference: the digest of the body, as LINE's documentation computes it. */
const reference = (s: string, b: Uint8Array) =>
  crypto.createHmac('sha256', s).update(Buffer.from(b)).digest('base64');

describe('the webhook signature', () => {
  it('accepts exactly the signature of the body under its secret', () => {
    fc.assert(
      fc.property(secret, body, (s, b) => {
        expect(lineSignature(s, b)).toBe(reference(s, b));
        expect(isValidLineSignature(s, b, reference(s, b))).toBe(true);
      }),
    );
  });

  it('never accepts a body changed by one byte', () => {
    fc.assert(
      fc.property(
        secret,
        body.filter((b) => b.length > 0),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (s, b, at, flip) => {
          const changed = Uint8Array.from(b);
          changed[at % b.length] = changed[at % b.length]! ^ flip;
          expect(isValidLineSignature(s, changed, reference(s, b))).toBe(false);
        },
      ),
    );
  });

  it('never accepts the signature under another secret', () => {
    fc.assert(
      fc.property(secret, secret, body, (s, other, b) => {
        fc.pre(s !== other);
        expect(isValidLineSignature(s, b, reference(other, b))).toBe(false);
      }),
    );
  });

  it('refuses any header that is not the signature, and none at all', () => {
    fc.assert(
      fc.property(secret, body, fc.option(fc.string({ maxLength: 80 })), (s, b, header) => {
        fc.pre(header !== reference(s, b));
        expect(isValidLineSignature(s, b, header ?? undefined)).toBe(false);
      }),
    );
  });
});
