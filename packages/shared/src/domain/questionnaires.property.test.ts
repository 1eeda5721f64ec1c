import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  QuestionnaireAnswersError,
  questionnaireItems,
  questionnaireProblems,
  scoreQuestionnaire,
  type QuestionnaireKind,
} from './questionnaires.ts';

/**
 * The published rules written out independently of the implementation, item by item, so a
 * slip in either shows up: 職業性ストレス簡易調査票 合計点数法 (MHLW manual, next-wave.md §3):
 * 'r' = reversed (1↔4, 2↔3), '.' = as answered, '-' = not scored (D).
 */
const manual = {
  A: 'rrrrrrr...rrr.r..',
  B: 'rrr..........................',
  C: '.........',
  D: '--',
} as const;

const answersOf = (kind: QuestionnaireKind) =>
  fc.record(
    Object.fromEntries(
      questionnaireItems[kind]
        .filter((i) => !i.optional)
        .map((i) => [i.id, fc.integer({ min: i.min, max: i.max })]),
    ) as Record<string, fc.Arbitrary<number>>,
  );

describe('職業性ストレス簡易調査票 (57 items)', () => {
  it('has A 17, B 29, C 9, D 2 items, each answered 1–4', () => {
    const items = questionnaireItems.stress_check;
    expect(items).toHaveLength(57);
    for (const [part, pattern] of Object.entries(manual)) {
      expect(items.filter((i) => i.group === part)).toHaveLength(pattern.length);
    }
    expect(items.every((i) => i.min === 1 && i.max === 4)).toBe(true);
  });

  it('adds each item by the manual, reversed where it says, and judges high stress by 合計点数法', () => {
    fc.assert(
      fc.property(answersOf('stress_check'), (answers) => {
        const parts = { A: 0, B: 0, C: 0 };
        for (const part of ['A', 'B', 'C'] as const) {
          [...manual[part]].forEach((mark, i) => {
            const answer = answers[`${part}${i + 1}`]!;
            parts[part] += mark === 'r' ? 5 - answer : answer;
          });
        }
        const score = scoreQuestionnaire('stress_check', answers);
        expect(score.parts).toEqual(parts);
        const high = parts.B >= 77 || (parts.A + parts.C >= 76 && parts.B >= 63);
        expect(score.band).toBe(high ? 'high_stress' : 'not_high_stress');
        expect(score.level).toBe(high ? 'concern' : 'none');
      }),
    );
  });

  it('moves exactly one part by one point when one item moves by one, in the manual’s direction', () => {
    fc.assert(
      fc.property(answersOf('stress_check'), fc.integer({ min: 0, max: 56 }), (answers, index) => {
        const item = questionnaireItems.stress_check[index]!;
        const answer = answers[item.id]!;
        const next = answer === 4 ? 3 : answer + 1;
        const before = scoreQuestionnaire('stress_check', answers).parts!;
        const after = scoreQuestionnaire('stress_check', { ...answers, [item.id]: next }).parts!;
        const mark = manual[item.group as keyof typeof manual][Number(item.id.slice(1)) - 1];
        const delta = mark === '-' ? 0 : (next - answer) * (mark === 'r' ? -1 : 1);
        for (const part of ['A', 'B', 'C'] as const) {
          expect(after[part] - before[part]).toBe(part === item.group ? delta : 0);
        }
      }),
    );
  });

  it('finds the boundaries of the rule exactly', () => {
    // All answers 1: A = 11×4 + 6×1 = 50, B = 3×4 + 26 = 38, C = 9.
    const base = Object.fromEntries(questionnaireItems.stress_check.map((i) => [i.id, 1]));
    expect(scoreQuestionnaire('stress_check', base).parts).toEqual({ A: 50, B: 38, C: 9 });
    // B to 77 exactly: raise B4… by 3 each (13 × 3 = 39 → 77).
    const b77 = { ...base };
    for (let i = 4; i <= 16; i++) b77[`B${i}`] = 4;
    expect(scoreQuestionnaire('stress_check', b77).parts!.B).toBe(77);
    expect(scoreQuestionnaire('stress_check', b77).band).toBe('high_stress');
    expect(scoreQuestionnaire('stress_check', { ...b77, B16: 3 }).band).toBe('not_high_stress');
  });
});

describe('K6', () => {
  it('adds six 0–4 answers and bands them at 5, 10 and 13', () => {
    fc.assert(
      fc.property(answersOf('k6'), (answers) => {
        const total = [1, 2, 3, 4, 5, 6].reduce((s, i) => s + answers[String(i)]!, 0);
        const score = scoreQuestionnaire('k6', answers);
        expect(score.total).toBe(total);
        expect(score.band).toBe(
          total >= 13 ? 'serious' : total >= 10 ? 'moderate' : total >= 5 ? 'mild' : 'none',
        );
        expect(score.level).toBe(total >= 13 ? 'high' : total >= 10 ? 'concern' : 'none');
        // たいてい (3) and いつも (4) drove it.
        expect(new Set(score.drivers)).toEqual(
          new Set(Object.keys(answers).filter((id) => answers[id]! >= 3)),
        );
      }),
    );
  });
});

describe('PHQ-9 and GAD-7', () => {
  it('bands PHQ-9 at 5/10/15/20 and flags item 9 whatever the total', () => {
    fc.assert(
      fc.property(answersOf('phq9'), (answers) => {
        const total = Object.values(answers).reduce((s, v) => s + v, 0);
        const score = scoreQuestionnaire('phq9', answers);
        expect(score.total).toBe(total);
        const bands = ['minimal', 'mild', 'moderate', 'moderately_severe', 'severe'];
        expect(score.band).toBe(bands[Math.min(4, Math.floor(total / 5))]);
        expect(score.selfHarmItem).toBe(answers['9']! > 0);
        if (answers['9']! > 0) expect(score.level).toBe('high');
      }),
    );
  });

  it('does not score the function item', () => {
    const answers = Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => [String(i), 1]));
    expect(scoreQuestionnaire('phq9', { ...answers, function: 3 }).total).toBe(9);
  });

  it('bands GAD-7 at 5/10/15', () => {
    fc.assert(
      fc.property(answersOf('gad7'), (answers) => {
        const total = Object.values(answers).reduce((s, v) => s + v, 0);
        const score = scoreQuestionnaire('gad7', answers);
        expect(score.total).toBe(total);
        expect(score.band).toBe(
          ['minimal', 'mild', 'moderate', 'severe'][Math.min(3, Math.floor(total / 5))],
        );
      }),
    );
  });
});

describe('bad answers', () => {
  const kind = fc.constantFrom<QuestionnaireKind>('k6', 'stress_check', 'phq9', 'gad7');

  it('refuses a set with any required item missing, naming it', () => {
    fc.assert(
      fc.property(
        kind.chain((k) => fc.tuple(fc.constant(k), answersOf(k), fc.nat())),
        ([k, answers, pick]) => {
          const ids = Object.keys(answers);
          const missing = ids[pick % ids.length]!;
          const { [missing]: _, ...rest } = answers;
          expect(() => scoreQuestionnaire(k, rest)).toThrow(QuestionnaireAnswersError);
          expect(questionnaireProblems(k, rest)).toEqual([{ item: missing, problem: 'missing' }]);
        },
      ),
    );
  });

  it('refuses a value out of range, not whole, or not a number, and an unknown item', () => {
    fc.assert(
      fc.property(
        kind.chain((k) => fc.tuple(fc.constant(k), answersOf(k), fc.nat())),
        fc.oneof(
          fc.integer({ min: 5, max: 1000 }),
          fc.integer({ min: -1000, max: -1 }),
          fc.constant(2.5),
          fc.constant('3'),
          fc.constant(Number.NaN),
        ),
        ([k, answers, pick], bad) => {
          const ids = Object.keys(answers);
          const item = ids[pick % ids.length]!;
          const broken = { ...answers, [item]: bad };
          expect(() => scoreQuestionnaire(k, broken)).toThrow(QuestionnaireAnswersError);
          expect(questionnaireProblems(k, broken)).toEqual([
            { item, problem: 'outOfRange', value: bad },
          ]);
        },
      ),
    );
    expect(
      questionnaireProblems('k6', {
        ...Object.fromEntries([1, 2, 3, 4, 5, 6].map((i) => [String(i), 0])),
        '7': 1,
      }),
    ).toEqual([{ item: '7', problem: 'unknownItem' }]);
  });

  it('refuses 0 on the stress check (its answers are 1–4) and 4 on PHQ-9 (0–3)', () => {
    const stress = Object.fromEntries(questionnaireItems.stress_check.map((i) => [i.id, 2]));
    expect(questionnaireProblems('stress_check', { ...stress, C3: 0 })).toHaveLength(1);
    const phq = Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => [String(i), 0]));
    expect(questionnaireProblems('phq9', { ...phq, '1': 4 })).toHaveLength(1);
  });

  it('accepts a partial set when asked (a saved, unfinished questionnaire)', () => {
    expect(questionnaireProblems('stress_check', { A1: 2 }, { partial: true })).toEqual([]);
    expect(questionnaireProblems('stress_check', { A1: 9 }, { partial: true })).toHaveLength(1);
  });
});
