/**
 * Validated questionnaires and their published scoring, pure (no texts here: the item
 * wording lives apart, per language, because a translation may only be shown where its
 * licence allows; see next-wave.md §3).
 *
 * - K6 (Kessler; 日本語版 Furukawa et al.): 6 items 0–4, total 0–24. Bands as used in
 *   Japan: ≥ 13 serious distress (Kessler; 大崎コホート; 警察庁 13+), ≥ 10 the 健康日本21
 *   indicator (国民生活基礎調査), 5–9 mild (commonly cited; no primary source was found).
 * - 職業性ストレス簡易調査票 (厚労省, 57 items): A 17, B 29, C 9, D 2, every answer 1–4.
 *   合計点数法 (MHLW manual): A1–7, A11–13, A15 and B1–3 reversed (1↔4, 2↔3), so that a
 *   higher point is more stress; C is not reversed; D is not used for the judgement.
 *   高ストレス: B ≥ 77, or A + C ≥ 76 and B ≥ 63.
 * - PHQ-9 (Kroenke et al.): 9 items 0–3, total 0–27; 0–4 minimal, 5–9 mild, 10–14
 *   moderate, 15–19 moderately severe, 20–27 severe; item 9 (thoughts of self-harm)
 *   answered above 0 is flagged on its own, whatever the total. The function item is
 *   optional and not scored.
 * - GAD-7 (Spitzer et al.): 7 items 0–3, total 0–21; 0–4 minimal, 5–9 mild, 10–14
 *   moderate, 15–21 severe.
 */

export const questionnaireKinds = ['k6', 'stress_check', 'phq9', 'gad7'] as const;
export type QuestionnaireKind = (typeof questionnaireKinds)[number];

/** Answers by item id ('1'…'6' for K6; 'A1'…'D2' for the stress check). */
export type QuestionnaireAnswers = Readonly<Record<string, number>>;

export interface QuestionnaireItem {
  id: string;
  /** The part of the instrument the item belongs to (A/B/C/D for the stress check). */
  group: string;
  min: number;
  max: number;
  /** Not part of the score (PHQ-9's function item). */
  optional?: boolean;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

const k6Items: QuestionnaireItem[] = range(6).map((i) => ({
  id: String(i),
  group: 'k6',
  min: 0,
  max: 4,
}));

/** The stress check's parts and their item counts (A 17, B 29, C 9, D 2 = 57). */
export const stressCheckParts = { A: 17, B: 29, C: 9, D: 2 } as const;
export type StressCheckPart = keyof typeof stressCheckParts;

const stressCheckItems: QuestionnaireItem[] = (
  Object.entries(stressCheckParts) as [StressCheckPart, number][]
).flatMap(([part, count]) =>
  range(count).map((i) => ({ id: `${part}${i}`, group: part, min: 1, max: 4 })),
);

/** Items the ministry's 合計点数法 reverses (1↔4, 2↔3) before adding up. */
export const stressCheckReversedItems: ReadonlySet<string> = new Set([
  ...[1, 2, 3, 4, 5, 6, 7, 11, 12, 13, 15].map((i) => `A${i}`),
  ...[1, 2, 3].map((i) => `B${i}`),
]);

const phq9Items: QuestionnaireItem[] = [
  ...range(9).map((i) => ({ id: String(i), group: 'phq9', min: 0, max: 3 })),
  { id: 'function', group: 'function', min: 0, max: 3, optional: true },
];

const gad7Items: QuestionnaireItem[] = range(7).map((i) => ({
  id: String(i),
  group: 'gad7',
  min: 0,
  max: 3,
}));

export const questionnaireItems: Readonly<Record<QuestionnaireKind, readonly QuestionnaireItem[]>> =
  { k6: k6Items, stress_check: stressCheckItems, phq9: phq9Items, gad7: gad7Items };

export type QuestionnaireProblem =
  | { item: string; problem: 'missing' }
  | { item: string; problem: 'outOfRange'; value: unknown }
  | { item: string; problem: 'unknownItem' };

/**
 * Every problem of a set of answers: a required item missing, a value that is not a whole
 * number within the item's range, an item the instrument does not have. Empty when valid.
 */
export function questionnaireProblems(
  kind: QuestionnaireKind,
  answers: Readonly<Record<string, unknown>>,
  { partial = false }: { partial?: boolean } = {},
): QuestionnaireProblem[] {
  const items = questionnaireItems[kind];
  const known = new Set(items.map((i) => i.id));
  const problems: QuestionnaireProblem[] = [];
  for (const item of items) {
    const value = answers[item.id];
    if (value === undefined || value === null) {
      if (!item.optional && !partial) problems.push({ item: item.id, problem: 'missing' });
      continue;
    }
    if (
      typeof value !== 'number' ||
      !Number.isInteger(value) ||
      value < item.min ||
      value > item.max
    ) {
      problems.push({ item: item.id, problem: 'outOfRange', value });
    }
  }
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) problems.push({ item: id, problem: 'unknownItem' });
  }
  return problems;
}

export type K6Band = 'none' | 'mild' | 'moderate' | 'serious';
export type Phq9Band = 'minimal' | 'mild' | 'moderate' | 'moderately_severe' | 'severe';
export type Gad7Band = 'minimal' | 'mild' | 'moderate' | 'severe';
export type StressCheckBand = 'high_stress' | 'not_high_stress';
export type QuestionnaireBand = K6Band | Phq9Band | Gad7Band | StressCheckBand;

export interface QuestionnaireScore {
  kind: QuestionnaireKind;
  total: number;
  band: QuestionnaireBand;
  /**
   * What the care team must do with it, in the risk flag's levels: 'high' raises the
   * consultation's urgency to the top like a high-risk phrase (K6 ≥ 13, PHQ-9 ≥ 20 or item 9
   * above 0, GAD-7 ≥ 15); 'concern' flags it (K6 ≥ 10, PHQ-9 / GAD-7 ≥ 10, high stress).
   */
  level: 'none' | 'concern' | 'high';
  /** The items that drove the score: those at the instrument's two highest levels (by points). */
  drivers: string[];
  /** The stress check's part totals after reversal (A, B, C; D is not scored). */
  parts?: { A: number; B: number; C: number };
  /** PHQ-9 item 9 (thoughts of self-harm) answered above 0. */
  selfHarmItem?: boolean;
}

export const k6Band = (total: number): K6Band =>
  total >= 13 ? 'serious' : total >= 10 ? 'moderate' : total >= 5 ? 'mild' : 'none';

export const phq9Band = (total: number): Phq9Band =>
  total >= 20
    ? 'severe'
    : total >= 15
      ? 'moderately_severe'
      : total >= 10
        ? 'moderate'
        : total >= 5
          ? 'mild'
          : 'minimal';

export const gad7Band = (total: number): Gad7Band =>
  total >= 15 ? 'severe' : total >= 10 ? 'moderate' : total >= 5 ? 'mild' : 'minimal';

/** The ministry's 合計点数法 on part totals (after reversal). */
export const isHighStress = ({ A, B, C }: { A: number; B: number; C: number }) =>
  B >= 77 || (A + C >= 76 && B >= 63);

/** An item's point in the 合計点数法: the answer, reversed (5 − answer) where the manual says. */
export const stressCheckPoint = (item: string, answer: number) =>
  stressCheckReversedItems.has(item) ? 5 - answer : answer;

export class QuestionnaireAnswersError extends Error {
  readonly problems: QuestionnaireProblem[];
  constructor(problems: QuestionnaireProblem[]) {
    super(
      `questionnaire answers invalid: ${problems.map((p) => `${p.item} ${p.problem}`).join(', ')}`,
    );
    this.name = 'QuestionnaireAnswersError';
    this.problems = problems;
  }
}

/** Items whose points reach `from`, highest first, then in item order. */
function driversOf(points: readonly [string, number][], from: number): string[] {
  return points
    .filter(([, p]) => p >= from)
    .sort((a, b) => b[1] - a[1])
    .map(([id]) => id);
}

const levelOf = (total: number, concern: number, high: number) =>
  total >= high ? 'high' : total >= concern ? 'concern' : 'none';

/**
 * Scores a complete set of answers by the instrument's published rule. Throws
 * QuestionnaireAnswersError (with every problem) when an item is missing or out of range,
 * so nothing is scored, or stored, from a partial or corrupted set.
 */
export function scoreQuestionnaire(
  kind: QuestionnaireKind,
  answers: Readonly<Record<string, unknown>>,
): QuestionnaireScore {
  const problems = questionnaireProblems(kind, answers);
  if (problems.length > 0) throw new QuestionnaireAnswersError(problems);
  const a = answers as QuestionnaireAnswers;
  const scored = questionnaireItems[kind].filter((i) => !i.optional);
  if (kind === 'stress_check') {
    const parts = { A: 0, B: 0, C: 0 };
    const points: [string, number][] = [];
    for (const item of scored) {
      if (item.group === 'D') continue;
      const point = stressCheckPoint(item.id, a[item.id]!);
      parts[item.group as 'A' | 'B' | 'C'] += point;
      points.push([item.id, point]);
    }
    const high = isHighStress(parts);
    return {
      kind,
      total: parts.A + parts.B + parts.C,
      band: high ? 'high_stress' : 'not_high_stress',
      level: high ? 'concern' : 'none',
      // The most stressful answer (4 points after reversal) drove it.
      drivers: driversOf(points, 4),
      parts,
    };
  }
  const points = scored.map((item): [string, number] => [item.id, a[item.id]!]);
  const total = points.reduce((sum, [, p]) => sum + p, 0);
  // The two highest answers of the scale (たいてい/いつも; 半分以上/ほとんど毎日) drove it.
  const drivers = driversOf(points, scored[0]!.max - 1);
  if (kind === 'k6') {
    return { kind, total, band: k6Band(total), level: levelOf(total, 10, 13), drivers };
  }
  if (kind === 'phq9') {
    const selfHarmItem = a['9']! > 0;
    const level = selfHarmItem ? 'high' : levelOf(total, 10, 20);
    return { kind, total, band: phq9Band(total), level, drivers, selfHarmItem };
  }
  return { kind, total, band: gad7Band(total), level: levelOf(total, 10, 15), drivers };
}
