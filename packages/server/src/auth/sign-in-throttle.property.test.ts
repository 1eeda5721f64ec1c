import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blockedUntil,
  throttleDelayMs,
  throttleKeys,
  throttleMemoryMs,
  type ThrottleRule,
} from './sign-in-throttle.ts';

const rule = fc.record({
  freeFailures: fc.integer({ min: 1, max: 100 }),
  firstDelayMs: fc.integer({ min: 1, max: 60_000 }),
  maxDelayMs: fc.integer({ min: 60_000, max: 86_400_000 }),
});

describe('sign-in throttle delays', () => {
  it('never delays within the free failures, never beyond the longest delay', () => {
    fc.assert(
      fc.property(rule, fc.integer({ min: 0, max: 10_000 }), (r: ThrottleRule, failures) => {
        const delay = throttleDelayMs(failures, r);
        if (failures <= r.freeFailures) expect(delay).toBe(0);
        else expect(delay).toBeGreaterThan(0);
        expect(delay).toBeLessThanOrEqual(r.maxDelayMs);
      }),
    );
  });

  it('grows with each failure and doubles until the cap', () => {
    fc.assert(
      fc.property(rule, fc.integer({ min: 0, max: 200 }), (r: ThrottleRule, failures) => {
        const now = throttleDelayMs(failures, r);
        const next = throttleDelayMs(failures + 1, r);
        expect(next).toBeGreaterThanOrEqual(now);
        if (now > 0 && now * 2 <= r.maxDelayMs) expect(next).toBe(now * 2);
      }),
    );
  });

  it('blocks exactly until the delay has passed and forgets after a day', () => {
    const r = { freeFailures: 3, firstDelayMs: 1000, maxDelayMs: 900_000 };
    const last = new Date('2026-12-07T03:00:00Z');
    const at = (ms: number) => new Date(last.getTime() + ms);
    expect(blockedUntil(3, last, r, at(1))).toBeNull();
    expect(blockedUntil(4, last, r, at(999))).toEqual(at(1000));
    expect(blockedUntil(4, last, r, at(1000))).toBeNull();
    expect(blockedUntil(100, last, r, at(899_999))).toEqual(at(900_000));
    expect(blockedUntil(100, last, r, at(throttleMemoryMs + 1))).toBeNull();
  });

  it('gives every scope its own key, the same for any spelling of the address', () => {
    fc.assert(
      fc.property(fc.emailAddress(), fc.ipV4(), fc.ipV4(), (email, a, b) => {
        const one = throttleKeys(email, a);
        expect(new Set(Object.values(one)).size).toBe(3);
        expect(throttleKeys(` ${email.toUpperCase()} `, a)).toEqual(one);
        const other = throttleKeys(email, b);
        expect(other.account).toBe(one.account);
        expect(other.pair === one.pair).toBe(a === b);
        expect(JSON.stringify(one)).not.toContain(email);
      }),
    );
  });
});
