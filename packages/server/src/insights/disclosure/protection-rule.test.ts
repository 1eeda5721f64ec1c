import { describe, expect, it } from 'vitest';
import { isProtected, isPublishable } from './protection-rule.ts';

describe('primary rule', () => {
  it.each([
    { count: 0, headcounts: [], publishable: true },
    { count: 1, headcounts: [], publishable: false },
    { count: 9, headcounts: [], publishable: false },
    { count: 10, headcounts: [], publishable: true },
    // complement rule: N − count must be 0 or ≥ k
    { count: 12, headcounts: [15], publishable: false },
    { count: 15, headcounts: [15], publishable: true },
    { count: 10, headcounts: [20], publishable: true },
    { count: 10, headcounts: [40, 19], publishable: false },
    // a 0 in a known population of 1..k−1 also tells about the few others
    { count: 0, headcounts: [6], publishable: false },
    { count: 0, headcounts: [0], publishable: true },
  ])(
    'count $count with headcounts $headcounts: $publishable',
    ({ count, headcounts, publishable }) => {
      expect(isPublishable({ count, headcounts }, 10)).toBe(publishable);
    },
  );
});

describe('protection rule for a hidden count', () => {
  it.each([
    { count: 3, headcounts: [], min: 0, max: 10, ok: true },
    { count: 3, headcounts: [], min: 0, max: Infinity, ok: true },
    { count: 3, headcounts: [], min: 0, max: 9, ok: false },
    { count: 3, headcounts: [], min: 1, max: 40, ok: false },
    // a population of 6: the attacker knew [0, 6] before; nothing more is required
    { count: 3, headcounts: [6], min: 0, max: 6, ok: true },
    { count: 3, headcounts: [6], min: 0, max: 5, ok: false },
    // nearly all of 30: must reach 30 and go down to 20
    { count: 27, headcounts: [30], min: 20, max: 30, ok: true },
    { count: 27, headcounts: [30], min: 21, max: 30, ok: false },
    { count: 27, headcounts: [30], min: 0, max: 29, ok: false },
    // a large hidden count (complementary suppression) needs no protection of its own
    { count: 25, headcounts: [], min: 25, max: 25, ok: true },
  ])(
    '$count in [$min, $max] (headcounts $headcounts): $ok',
    ({ count, headcounts, min, max, ok }) => {
      expect(isProtected({ count, headcounts }, { min, max }, 10)).toBe(ok);
    },
  );
});
