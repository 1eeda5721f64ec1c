import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TSurveyQuestion } from '@yorisoi/shared';
import { rangeFinder, type LinearConstraint } from '../insights/disclosure/exact-simplex.ts';
import type { AuditedRelease } from '../insights/disclosure/history-audit.ts';
import { MembershipIndex } from '../insights/disclosure/membership-bits.ts';
import { planSurveyRelease, type EarlierSurveyRelease } from './survey-release.ts';
import { protectSurveyResults, type AnonymousResponse } from './survey-results.ts';

/**
 * Random sequences of answers, results pages, report drafts and k changes for a survey of
 * two employers, each release planned against its audience's history. An attacker
 * written independently of the auditor then combines every release an audience received
 * by exact linear programming over each group's JOINT answers (both questions at once,
 * which the auditor never models): no group of 1..k−1 respondents and no such group's
 * answer may be pinned down or narrowed, unless it already was before the release that
 * is judged (a group shown under a smaller k before k was raised).
 */
const labels = ['1', '2', '3', '4', '5'];
const questions: TSurveyQuestion[] = [
  { kind: 'likert', prompt: 'Q1', labels },
  { kind: 'likert', prompt: 'Q2', labels },
];
const surveyId = 'survey';

type Event =
  | { kind: 'answer'; organization: 0 | 1; a: number; b: number }
  | { kind: 'page' }
  | { kind: 'report'; organization: 0 | 1 }
  | { kind: 'employerPage'; organization: 0 | 1 }
  | { kind: 'cityK'; k: 5 | 10 };

const organization = fc.constantFrom<0 | 1>(0, 1);
const event: fc.Arbitrary<Event> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('answer' as const),
      organization,
      a: fc.integer({ min: 1, max: 3 }),
      b: fc.integer({ min: 1, max: 3 }),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'page' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('report' as const), organization }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('employerPage' as const), organization }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constantFrom('cityK' as const),
      k: fc.constantFrom<5 | 10>(5, 10),
    }),
  },
);

interface Respondent extends AnonymousResponse {
  organization: 0 | 1;
  vector: readonly [number, number];
}

/** The ranges of sums of joint-answer unknowns, per audience: the independent attacker. */
function jointAttacker(releases: readonly AuditedRelease[], respondents: readonly Respondent[]) {
  const ids = respondents.map((r) => r.id);
  const signature = (id: string) => releases.map((r) => (r.population.has(id) ? 1 : 0)).join('');
  const atoms = [
    ...new Set(ids.filter((id) => releases.some((r) => r.population.has(id))).map(signature)),
  ];
  const vectors = labels.flatMap((_, a) => labels.map((__, b) => [a, b] as const));
  const variable = (atom: number, vector: number) => atom * vectors.length + vector;
  const base = atoms.length * vectors.length;
  const inRelease = (atom: number, release: number) => atoms[atom]![release] === '1';
  const constraints: LinearConstraint[] = [];
  releases.forEach((release, r) => {
    const terms = (keep: (v: readonly [number, number]) => boolean) =>
      atoms.flatMap((_, a) =>
        inRelease(a, r)
          ? vectors.flatMap((v, j) => (keep(v) ? [[variable(a, j), 1] as const] : []))
          : [],
      );
    if (release.total !== null)
      constraints.push({ terms: terms(() => true), relation: '=', rhs: release.total });
    release.questions.forEach((q, qi) =>
      q.published.forEach((value, c) => {
        if (value !== null)
          constraints.push({ terms: terms((v) => v[qi] === c), relation: '=', rhs: value });
      }),
    );
  });
  /** The range of a sum of unknowns, as one more unknown equal to it. */
  const rangeOf = (terms: readonly (readonly [number, number])[]) => {
    const finder = rangeFinder({
      variableCount: base + 1,
      constraints: [...constraints, { terms: [...terms, [base, -1]], relation: '=', rhs: 0 }],
    });
    return finder.range(base);
  };
  return { atoms, vectors, variable, rangeOf };
}

/**
 * Small groups (atoms, and an atom's answers to one question) the attacker narrows, named
 * by their members, so that a group an earlier analysis found has the same name.
 */
function exposedGroups(releases: readonly AuditedRelease[], respondents: readonly Respondent[]) {
  const exposed = new Set<string>();
  if (releases.length === 0) return exposed;
  const { atoms, vectors, variable, rangeOf } = jointAttacker(releases, respondents);
  const signature = (id: string) => releases.map((r) => (r.population.has(id) ? 1 : 0)).join('');
  atoms.forEach((atom, a) => {
    const members = respondents.filter((r) => signature(r.id) === atom);
    const name = members.map((m) => m.id).join(',');
    const k = Math.max(...releases.filter((_, r) => atom[r] === '1').map((r) => r.k));
    const judge = (
      group: string,
      truth: number,
      keep: (v: readonly [number, number]) => boolean,
    ) => {
      if (truth < 1 || truth >= k) return;
      const range = rangeOf(
        vectors.flatMap((v, j) => (keep(v) ? [[variable(a, j), 1] as const] : [])),
      );
      if (!(range.min <= 0 && range.max >= k)) exposed.add(group);
    };
    judge(name, members.length, () => true);
    for (const q of [0, 1]) {
      for (let c = 0; c < labels.length; c++) {
        const truth = members.filter((m) => m.vector[q] === c).length;
        judge(`${name} q${q}=${c}`, truth, (v) => v[q] === c);
      }
    }
  });
  return exposed;
}

describe('survey releases planned against the audience history', () => {
  it('never let an attacker combining all releases narrow a small group or its answers', () => {
    fc.assert(
      fc.property(
        fc.array(event, { minLength: 5, maxLength: 45 }),
        fc.constantFrom(5, 10),
        (events, surveyK) => {
          const respondents: Respondent[] = [];
          const histories = new Map<string, EarlierSurveyRelease[]>();
          const index = new MembershipIndex();
          let cityK = surveyK;
          let n = 0;
          for (const e of events) {
            if (e.kind === 'answer') {
              respondents.push({
                id: `r${n++}`,
                organization: e.organization,
                vector: [e.a - 1, e.b - 1],
                answers: new Map([
                  [0, { likert: e.a }],
                  [1, { likert: e.b }],
                ]),
              });
              continue;
            }
            if (e.kind === 'cityK') {
              cityK = e.k;
              continue;
            }
            const audience = e.kind === 'employerPage' ? `employer-${e.organization}` : 'city';
            const scoped =
              e.kind === 'page'
                ? respondents
                : respondents.filter((r) => r.organization === e.organization);
            const history = histories.get(audience) ?? [];
            const plan = planSurveyRelease({
              surveyId,
              title: 'pulse',
              questions,
              responses: scoped,
              allResponses: respondents,
              k: Math.max(surveyK, cityK),
              history,
              releaseId: `release-${n}-${history.length}`,
              index,
            });
            if (plan.state !== 'released') continue;
            if (history.length === 0) {
              // Nothing to combine with: exactly what the table alone would show.
              const alone = protectSurveyResults(
                questions,
                scoped,
                Math.max(surveyK, cityK),
                'pulse',
              );
              expect(alone.state === 'publishable' && alone.questions).toEqual(plan.questions);
            }
            const before = exposedGroups(
              history.map((h) => h.release),
              respondents,
            );
            const next = [...history, { release: plan.release, textsShown: plan.textsShown }];
            for (const group of exposedGroups(
              next.map((h) => h.release),
              respondents,
            )) {
              // Narrowed now only if it already was, unsplit, before this release.
              expect(before.has(group), group).toBe(true);
            }
            histories.set(audience, next);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never refuses a first view with at least k respondents', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })), {
          minLength: 10,
          maxLength: 40,
        }),
        (answers) => {
          const responses = answers.map(([a, b], i) => ({
            id: `r${i}`,
            answers: new Map([
              [0, { likert: a }],
              [1, { likert: b }],
            ]),
          }));
          const plan = planSurveyRelease({
            surveyId,
            title: 'pulse',
            questions,
            responses,
            allResponses: responses,
            k: 10,
            history: [],
            releaseId: 'first',
            index: new MembershipIndex(),
          });
          expect(plan.state).toBe('released');
        },
      ),
    );
  });
});
