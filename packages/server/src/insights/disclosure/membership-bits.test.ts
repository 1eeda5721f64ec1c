import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createMembershipIndex, MembershipIndex, walkOverlap } from './membership-bits.ts';
import { differByTooFew } from './differencing.ts';

/** The overlap by definition, for reference. */
const exactOverlap = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  [...a].filter((p) => b.has(p)).length;

const groups = fc.array(
  fc
    .uniqueArray(fc.integer({ min: 0, max: 200 }), { maxLength: 120 })
    .map((ids) => new Set(ids.map((id) => `person-${id}`))),
  { minLength: 1, maxLength: 12 },
);

/** Groups that overlap almost entirely: one base with a few members removed or added. */
const nearGroups = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: 0, max: 300 }), { minLength: 20, maxLength: 150 }),
    fc.array(
      fc.tuple(
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.array(fc.integer({ min: 301, max: 400 }), { maxLength: 12 }),
      ),
      { minLength: 1, maxLength: 8 },
    ),
  )
  .map(([base, variants]) =>
    variants.map(([drop, add]) => {
      const members = new Set(base.map((id) => `person-${id}`));
      for (const i of drop) members.delete(`person-${base[i % base.length]}`);
      for (const id of add) members.add(`person-${id}`);
      return members;
    }),
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

  it('stops early only below the floor, and then answers at most the floor', () => {
    fc.assert(
      fc.property(
        groups,
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: -5, max: 130 })), {
          minLength: 1,
          maxLength: 40,
        }),
        (sets, asks) => {
          const overlap = createMembershipIndex();
          for (const [i, j, floor] of asks) {
            const a = sets[i % sets.length]!;
            const b = sets[j % sets.length]!;
            const exact = exactOverlap(a, b);
            for (const answer of [overlap(a, b, floor), walkOverlap(a, b, floor)]) {
              if (exact > floor) expect(answer).toBe(exact);
              else expect(answer).toBeLessThanOrEqual(floor);
            }
          }
        },
      ),
    );
  });

  it('decides closeness of groups exactly as the definition does', () => {
    fc.assert(
      fc.property(fc.oneof(groups, nearGroups), fc.integer({ min: 1, max: 30 }), (sets, k) => {
        const overlap = createMembershipIndex();
        for (const a of sets) {
          for (const b of sets) {
            const common = exactOverlap(a, b);
            const [onlyA, onlyB] = [a.size - common, b.size - common];
            const expected = common > 0 && ((onlyA > 0 && onlyA < k) || (onlyB > 0 && onlyB < k));
            expect(differByTooFew(a, b, k, overlap)).toBe(expected);
            expect(differByTooFew(a, b, k)).toBe(expected);
          }
        }
      }),
    );
  });

  it('keeps compact groups as the same sets, comparable with sets made later', () => {
    fc.assert(
      fc.property(groups, groups, (earlier, later) => {
        const index = new MembershipIndex();
        const compact = earlier.map((g) => index.compact(g));
        compact.forEach((c, i) => {
          const original = earlier[i]!;
          expect(c.size).toBe(original.size);
          expect(new Set(c)).toEqual(original);
          expect([...c.entries()].every(([a, b]) => a === b && original.has(a))).toBe(true);
          for (const p of ['person-0', 'person-7', 'person-150', 'nobody']) {
            expect(c.has(p)).toBe(original.has(p));
          }
          for (const other of later) {
            expect(index.overlap(c, other)).toBe(exactOverlap(original, other));
            expect(walkOverlap(c, other)).toBe(exactOverlap(original, other));
          }
        });
      }),
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
