import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashToken } from '../platform/crypto/tokens.ts';
import {
  isResetUsable,
  newResetToken,
  resetLinkFor,
  resetValidityMinutes,
  tokenFromFragment,
} from './reset-token.ts';

const instant = fc.date({
  min: new Date('2026-01-01'),
  max: new Date('2030-01-01'),
  noInvalidDate: true,
});

describe('password reset tokens', () => {
  it('are fresh 256-bit secrets, stored only as their hash, valid for the set minutes', () => {
    const now = new Date('2026-12-07T03:00:00Z');
    const made = Array.from({ length: 200 }, () => newResetToken(now));
    expect(new Set(made.map((m) => m.token)).size).toBe(200);
    for (const m of made) {
      expect(m.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(m.tokenHash).toBe(hashToken(m.token));
      expect(m.tokenHash).not.toContain(m.token);
      expect(m.expiresAt.getTime() - now.getTime()).toBe(resetValidityMinutes * 60_000);
    }
  });

  it('work only unused and strictly before they expire', () => {
    fc.assert(
      fc.property(instant, instant, fc.option(instant, { nil: null }), (now, expiresAt, usedAt) => {
        expect(isResetUsable({ expiresAt, usedAt }, now)).toBe(
          usedAt === null && now.getTime() < expiresAt.getTime(),
        );
      }),
    );
  });

  it('travel in the link fragment and come back out of it unchanged; anything else is no token', () => {
    fc.assert(
      fc.property(fc.constantFrom('https://yorisoi.example', 'http://localhost:3000'), (url) => {
        const { token } = newResetToken(new Date());
        const link = new URL(resetLinkFor(url, token));
        expect(link.search).toBe('');
        expect(link.pathname).toBe('/password-reset');
        expect(tokenFromFragment(link.hash)).toBe(token);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (junk) => {
        const token = tokenFromFragment(junk);
        if (token !== null) expect(token).toMatch(/^[A-Za-z0-9_-]{10,200}$/);
      }),
    );
    expect(tokenFromFragment('#token=<script>')).toBeNull();
    expect(tokenFromFragment('')).toBeNull();
  });
});
