import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openingArbitrary, personArbitrary } from './match-arbitraries.ts';
import { matchExclusions, rankMatches, scoreMatch } from './match-score.ts';
import { shortOfStaffFirst, withStaffShortage } from './staff-shortage.ts';

const flaggedOpenings = fc.array(
  fc.record({
    opening: openingArbitrary,
    staffShort: fc.option(fc.integer({ min: 1, max: 5 })),
  }),
  { minLength: 1, maxLength: 12 },
);

describe('the short-of-staff flag', () => {
  it('never puts a nursery that fails a hard requirement in front', () => {
    fc.assert(
      fc.property(personArbitrary, flaggedOpenings, (person, rows) => {
        const items = rows.map((row, i) => ({ ...row, id: `o${String(i).padStart(2, '0')}` }));
        const ranked = rankMatches(
          items,
          (x) => withStaffShortage(scoreMatch(person, x.opening), x.staffShort),
          items.length,
        );
        // Independent check: the exclusions alone say who may be suggested at all.
        const eligible = items.filter((x) => matchExclusions(person, x.opening).length === 0);
        expect(ranked.map((r) => r.item.id).sort()).toEqual(eligible.map((x) => x.id).sort());
        for (const r of ranked) expect(matchExclusions(person, r.item.opening)).toEqual([]);
      }),
    );
  });

  it('ranks a flagged opening up, never down, and says why in its first reason', () => {
    fc.assert(
      fc.property(
        personArbitrary,
        openingArbitrary,
        fc.integer({ min: 1, max: 5 }),
        (person, opening, n) => {
          const plain = scoreMatch(person, opening);
          const flagged = withStaffShortage(plain, n);
          if (!plain.eligible || !flagged.eligible) {
            expect(flagged).toEqual(plain);
            return;
          }
          expect(flagged.score).toBeGreaterThanOrEqual(plain.score);
          expect(flagged.score).toBeLessThanOrEqual(100);
          expect(flagged.reasons[0]).toEqual({ code: 'nurseryShortOfStaff', staffShort: n });
        },
      ),
    );
  });

  it('lists flagged nurseries first, most staff lacking first, keeping the order otherwise', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 1, max: 9 }))), (shorts) => {
        const items = shorts.map((short, index) => ({ short, index }));
        const sorted = shortOfStaffFirst(items, (x) => x.short);
        expect(sorted).toHaveLength(items.length);
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1]!, sorted[i]!];
          expect(a.short ?? 0).toBeGreaterThanOrEqual(b.short ?? 0);
          if ((a.short ?? 0) === (b.short ?? 0)) expect(a.index).toBeLessThan(b.index);
        }
      }),
    );
  });
});
