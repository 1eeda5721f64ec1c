import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createMembershipIndex, walkOverlap } from './membership-bits.ts';

const groups = fc.array(
  fc
    .uniqueArray(fc.integer({ min: 0, max: 200 }), { maxLength: 120 })
    .map((ids) => new Set(ids.map((id) => `person-${id}`))),
  { minLength: 1, maxLength: 12 },
);

describe('membership index', () => {
  it('counts the same overlap as walking the sets, whatever order groups are first seen in', () => {
    fc.assert(
      fc.property(
        groups,
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 60 }),
        (sets, pairs) => {
          const overlap = createMembershipIndex();
          for (const [i, j] of pairs) {
            const a = sets[i % sets.length]!;
            const b = sets[j % sets.length]!;
            // Asked twice: the second time both bit sets are reused, one of them older.
            expect(overlap(a, b)).toBe(walkOverlap(a, b));
            expect(overlap(b, a)).toBe(walkOverlap(a, b));
          }
        },
      ),
    );
  });

  it('counts across word boundaries and for empty groups', () => {
    const overlap = createMembershipIndex();
    const first = new Set(Array.from({ length: 70 }, (_, i) => `p${i}`));
    const later = new Set(Array.from({ length: 70 }, (_, i) => `p${i + 31}`));
    expect(overlap(first, later)).toBe(39);
    expect(overlap(new Set(), later)).toBe(0);
  });
});
