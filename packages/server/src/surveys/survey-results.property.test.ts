import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDeidentifier, type Deidentifier } from '@yorisoi/deidentify';
import type { TSurveyQuestion } from '@yorisoi/shared';
import { InMemoryReleaseLedger, submitRelease } from '../insights/disclosure/release-ledger.ts';
import { protectSurveyResults, type AnonymousResponse } from './survey-results.ts';
import { deidentifyAnswer, knownIdentifiersOf } from './free-text.ts';

const labels = ['まったくそう思わない', 'そう思わない', 'どちらとも', 'そう思う', 'とてもそう思う'];
const questions: TSurveyQuestion[] = [
  { kind: 'likert', prompt: '休みは取りやすいですか', labels },
  { kind: 'likert', prompt: '相談しやすい職場ですか', labels },
  { kind: 'text', prompt: 'ご意見' },
];
const k = 10;
const audience = { kind: 'city', municipalityId: 'm' } as const;

const arbitraryResponse = fc.record({
  a: fc.integer({ min: 1, max: 5 }),
  b: fc.integer({ min: 1, max: 5 }),
});

/** Answers arrive one by one; the audience asks for the results after some of them. */
const arbitraryHistory = fc.array(fc.tuple(arbitraryResponse, fc.boolean()), {
  minLength: 1,
  maxLength: 60,
});

const sizeOfDifference = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  [...a].filter((p) => !b.has(p)).length;

describe('survey results under disclosure control', () => {
  it('never shows a count of 1..k−1, never hides a lone cell, and any two views the audience gets differ by 0 or ≥ k respondents', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryHistory, async (history) => {
        const ledger = new InMemoryReleaseLedger();
        const responses: AnonymousResponse[] = [];
        const shownPopulations: Set<string>[] = [];
        for (const [[answer, view], n] of history.map((h, i) => [h, i] as const)) {
          responses.push({
            id: `r${n}`,
            answers: new Map([
              [0, { likert: answer.a }],
              [1, { likert: answer.b }],
            ]),
          });
          if (!view) continue;
          const result = protectSurveyResults(questions, responses, k, 'pulse');
          if (result.state === 'tooFew') {
            expect(responses.length).toBeLessThan(k);
            continue;
          }
          const decision = await submitRelease(
            ledger,
            audience,
            { releaseId: `v${n}`, groups: result.groups },
            k,
          );
          if (!decision.accepted) continue;
          for (const q of result.questions) {
            if (q.kind !== 'likert') continue;
            const entries = [...q.counts, q.total];
            for (const c of entries) if (c !== null) expect(c === 0 || c >= k).toBe(true);
            // One hidden entry of a sum would be given away by the others.
            expect(entries.filter((c) => c === null).length).not.toBe(1);
          }
          const population = new Set(responses.map((r) => r.id));
          for (const earlier of shownPopulations) {
            for (const d of [
              sizeOfDifference(population, earlier),
              sizeOfDifference(earlier, population),
            ]) {
              expect(d === 0 || d >= k).toBe(true);
            }
          }
          shownPopulations.push(population);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('shows nothing, not even the number of respondents, under k', () => {
    fc.assert(
      fc.property(fc.array(arbitraryResponse, { maxLength: k - 1 }), (answers) => {
        const responses = answers.map((a, i) => ({
          id: `r${i}`,
          answers: new Map([
            [0, { likert: a.a }],
            [1, { likert: a.b }],
          ]),
        }));
        expect(protectSurveyResults(questions, responses, k, 'pulse')).toEqual({
          state: 'tooFew',
        });
      }),
    );
  });
});

const familyNames = [
  '山田',
  '佐藤',
  '鈴木',
  '高橋',
  '田中',
  '渡辺',
  '伊藤',
  '中村',
  '小林',
  '加藤',
];
const givenNames = ['花子', '太郎', '美咲', '健太', '陽子', '翔', '由美', '大輔'];
const employers = ['株式会社ひおき製作所', '東市来運送株式会社', '吹上ケアサービス'];

describe('free text de-identification', () => {
  let loaded: Promise<Deidentifier> | undefined;
  const deidentifier = () => (loaded ??= createDeidentifier());

  it('removes the respondent’s own name and employer wherever they wrote them', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...familyNames),
        fc.constantFrom(...givenNames),
        fc.constantFrom(...employers),
        fc.constantFrom(
          (n: string, o: string) => `${o}で働く${n}です。残業が多くてつらいです。`,
          (n: string, o: string) => `私、${n}は${o}の夜勤が続いています`,
          (n: string, o: string) => `${o}では上司に相談しにくい。${n}より`,
        ),
        async (family, given, employer, template) => {
          const known = knownIdentifiersOf({
            displayName: `${family} ${given}`,
            nickname: null,
            organizationName: employer,
          });
          const out = await deidentifyAnswer(template(`${family}${given}`, employer), {
            known,
            deidentifier,
          });
          expect(out).not.toBeNull();
          expect(out).not.toContain(family);
          expect(out).not.toContain(given);
          expect(out).not.toContain(employer);
        },
      ),
      { numRuns: 40 },
    );
  });
});
