import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planGroupAnalysis, type ScoredAnswer } from './group-analysis.ts';

const departments = ['製造部', '事務', '営業', '配送'];
const answer: fc.Arbitrary<ScoredAnswer> = fc.record({
  department: fc.option(fc.constantFrom(...departments), { nil: null }),
  A: fc.integer({ min: 17, max: 68 }),
  B: fc.integer({ min: 29, max: 116 }),
  C: fc.integer({ min: 9, max: 36 }),
});

describe('planGroupAnalysis', () => {
  it('publishes no group below k, and leaves no group below k to derive by subtraction', () => {
    fc.assert(
      fc.property(
        fc.array(answer, { maxLength: 80 }),
        fc.integer({ min: 10, max: 15 }),
        (answers, k) => {
          const plan = planGroupAnalysis(answers, departments, k);
          if (answers.length < k) {
            expect(plan.state).toBe('tooFew');
            return;
          }
          if (plan.state !== 'released') throw new Error('expected a release');
          const published = plan.groups.filter((g) => !g.withheld);
          for (const group of published) {
            if (!group.withheld) expect(group.respondents).toBeGreaterThanOrEqual(k);
          }
          const inDepartments = published
            .filter((g) => g.label !== null)
            .reduce((s, g) => s + (g.withheld ? 0 : g.respondents), 0);
          const rest = answers.length - inDepartments;
          expect(rest === 0 || rest >= k).toBe(true);
          // The whole organisation is always first and counts everyone.
          expect(plan.groups[0]).toMatchObject({ label: null, respondents: answers.length });
        },
      ),
    );
  });

  it('shows nothing of a department below k, not even how many answered', () => {
    const answers: ScoredAnswer[] = [
      ...Array.from({ length: 12 }, () => ({ department: '製造部', A: 40, B: 60, C: 20 })),
      ...Array.from({ length: 3 }, () => ({ department: '事務', A: 60, B: 100, C: 30 })),
    ];
    const plan = planGroupAnalysis(answers, ['製造部', '事務'], 10);
    // 製造部 alone would leave 事務's 3 to subtraction: both are withheld.
    expect(plan).toEqual({
      state: 'released',
      groups: [
        { withheld: false, label: null, respondents: 15, meanA: 44, meanB: 68, meanC: 22 },
        { withheld: true, label: '製造部' },
        { withheld: true, label: '事務' },
      ],
    });
  });
});
