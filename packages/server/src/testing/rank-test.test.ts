import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mannWhitneyPValue } from './rank-test.ts';

describe('mannWhitneyPValue', () => {
  it('finds two clearly shifted samples apart and one sample not apart from itself', () => {
    const low = Array.from({ length: 40 }, (_, i) => 60 + (i % 7));
    const high = Array.from({ length: 40 }, (_, i) => 100 + (i % 7));
    expect(mannWhitneyPValue(low, high)).toBeLessThan(1e-6);
    expect(mannWhitneyPValue(low, [...low].reverse())).toBeGreaterThan(0.99);
  });

  it('matches a value worked by hand (n = 10 each, U = 10, z = 40/√175: p ≈ 0.0025)', () => {
    const a = [1, 2, 3, 4, 5, 6, 8, 10, 12, 14];
    const b = [7, 9, 11, 13, 15, 16, 17, 18, 19, 20];
    const p = mannWhitneyPValue(a, b);
    expect(p).toBeCloseTo(0.0025, 4);
  });

  it('is symmetric and a probability', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 2, maxLength: 30 }),
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 2, maxLength: 30 }),
        (a, b) => {
          const p = mannWhitneyPValue(a, b);
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1.000001);
          expect(mannWhitneyPValue(b, a)).toBeCloseTo(p, 9);
        },
      ),
    );
  });
});
