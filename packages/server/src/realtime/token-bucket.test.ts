import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TokenBucket } from './token-bucket.ts';
import { createSocketRateLimiter } from './socket-rate-limit.ts';

describe('token bucket', () => {
  it('allows the burst at once, then one token per refill interval', () => {
    const bucket = new TokenBucket(3, 60, 0);
    expect([0, 0, 0, 0].map((t) => bucket.take(t))).toEqual([true, true, true, false]);
    expect(bucket.take(999)).toBe(false);
    expect(bucket.take(1000)).toBe(true);
  });

  it('never allows more than burst + rate × time, whatever the timing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 600 }),
        fc.array(fc.integer({ min: 0, max: 5_000 }), { maxLength: 300 }),
        (burst, perMinute, gaps) => {
          const bucket = new TokenBucket(burst, perMinute, 0);
          let now = 0;
          let allowed = 0;
          for (const gap of gaps) {
            now += gap;
            if (bucket.take(now)) allowed++;
          }
          expect(allowed).toBeLessThanOrEqual(burst + Math.floor((now * perMinute) / 60_000));
        },
      ),
    );
  });

  it('limits an account over all its sockets, not only each socket', () => {
    const limiter = createSocketRateLimiter({
      message: { perMinute: 60, burst: 2 },
      typing: { perMinute: 60, burst: 2 },
      call: { perMinute: 60, burst: 2 },
      signal: { perMinute: 60, burst: 2 },
    });
    const sockets = ['a', 'b', 'c'].map((socketId) => ({ socketId, userId: 'u' }));
    const results = sockets.flatMap((s) => [0, 0].map(() => limiter.allow(s, 'message', 0)));
    // 2 per socket, 4 per account.
    expect(results.filter(Boolean)).toHaveLength(4);
    expect(limiter.allow({ socketId: 'd', userId: 'other' }, 'message', 0)).toBe(true);
  });
});
