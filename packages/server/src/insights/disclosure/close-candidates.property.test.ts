import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { differencingConflicts, type PriorGroup } from './differencing.ts';
import { MembershipIndex } from './membership-bits.ts';

/**
 * Groups drawn to be close often: each is a base range of persons with a few taken out
 * and a few added, over few enough persons that many pairs overlap.
 */
const groupArbitrary = fc
  .record({
    from: fc.integer({ min: 0, max: 80 }),
    length: fc.integer({ min: 0, max: 90 }),
    drop: fc.array(fc.integer({ min: 0, max: 170 }), { maxLength: 6 }),
    add: fc.array(fc.integer({ min: 0, max: 170 }), { maxLength: 6 }),
  })
  .map(({ from, length, drop, add }) => {
    const members = new Set<number>();
    for (let p = from; p < from + length; p++) members.add(p);
    for (const p of drop) members.delete(p);
    for (const p of add) members.add(p);
    return [...members].map((p) => `p${p}`);
  });

describe('comparing with earlier groups through the holder index', () => {
  it('finds exactly the conflicts that comparing every pair finds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ members: groupArbitrary, k: fc.integer({ min: 2, max: 12 }) }), {
          maxLength: 25,
        }),
        fc.array(groupArbitrary, { maxLength: 12 }),
        fc.integer({ min: 2, max: 12 }),
        fc.boolean(),
        (earlier, now, k, numberedFirst) => {
          const index = new MembershipIndex();
          // Earlier groups as the ledger keeps them (bit sets), numbered before or after
          // the new ones: bit sets of different lengths must compare alike.
          const asGroup = (members: string[]) => index.compact(new Set(members));
          const prior: PriorGroup[] = [];
          const add = () =>
            earlier.forEach(({ members, k: promised }, j) =>
              prior.push({
                releaseId: `r${j}`,
                label: `e${j}`,
                persons: asGroup(members),
                k: promised,
              }),
            );
          if (numberedFirst) add();
          const groups = now.map((members, i) => ({
            label: `n${i}`,
            persons: index.groupOf(members),
          }));
          if (!numberedFirst) add();
          const plain = differencingConflicts(groups, prior, k, index.overlap, {
            amongThem: false,
          });
          // Twice: the holder index is kept per numbering and must stay right as it grows.
          for (let round = 0; round < 2; round++) {
            const indexed = differencingConflicts(groups, prior, k, index.overlap, {
              amongThem: false,
              index,
            });
            expect(indexed).toEqual(plain);
          }
          // One conflict per group: the same groups conflict, each with one it conflicts with.
          const first = differencingConflicts(groups, prior, k, index.overlap, {
            amongThem: false,
            index,
            firstPerGroup: true,
          });
          const groupsOf = (conflicts: typeof plain) => [...new Set(conflicts.map((c) => c.group))];
          expect(groupsOf(first)).toEqual(groupsOf(plain));
          expect(first.length).toBe(groupsOf(plain).length);
          for (const conflict of first) expect(plain).toContainEqual(conflict);
        },
      ),
      { numRuns: 300 },
    );
  });
});
