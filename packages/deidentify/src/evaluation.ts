import { kindOf, KINDS, type Kind } from './entity-kinds.ts';
import { ENTITY_TYPES, type Entity, type EntityType } from './index.ts';

export interface GoldExample {
  id: string;
  text: string;
  entities: (Entity & { text?: string })[];
}

export interface TypeScore {
  gold: number;
  predicted: number;
  found: number;
  correct: number;
  precision: number;
  recall: number;
  f2: number;
}

export interface KindScore {
  gold: number;
  found: number;
  recall: number;
}

/** Direct identifiers (target recall ≥ 0.98) and the quasi-identifiers with a target (≥ 0.90). */
export const DIRECT_TYPES: readonly EntityType[] = [
  'PERSON',
  'PHONE',
  'EMAIL',
  'ADDRESS',
  'POSTAL_CODE',
  'ID',
  'URL_HANDLE',
];
export const QUASI_TYPES: readonly EntityType[] = ['DATE', 'AGE', 'ORGANIZATION'];

export interface Summary {
  perType: Record<EntityType, TypeScore>;
  perKind: Partial<Record<Kind, KindScore>>;
  overall: TypeScore;
  direct: KindScore;
  quasi: KindScore;
  /** Direct identifiers of which no character was replaced: they reach the reader whole. */
  directLeftWhole: number;
  characterPrecision: number;
  characterRecall: number;
}

/**
 * A gold entity is found when predicted spans of the same type cover all its characters;
 * a prediction is correct when it overlaps a gold entity of the same type.
 */
export function evaluate(
  examples: GoldExample[],
  detect: (text: string) => Entity[],
): { summary: Summary; errors: string[] } {
  const counts = new Map<
    EntityType,
    { gold: number; predicted: number; found: number; correct: number }
  >();
  for (const type of ENTITY_TYPES)
    counts.set(type, { gold: 0, predicted: 0, found: 0, correct: 0 });
  let predictedChars = 0;
  let correctChars = 0;
  let goldChars = 0;
  let coveredGoldChars = 0;
  let directLeftWhole = 0;
  const kindCounts = new Map<Kind, { gold: number; found: number }>();
  const errors: string[] = [];
  for (const example of examples) {
    const predicted = detect(example.text);
    const goldMask = new Array<EntityType | undefined>(example.text.length);
    for (const gold of example.entities) goldMask.fill(gold.type, gold.start, gold.end);
    const predictedMask = new Array<EntityType | undefined>(example.text.length);
    for (const p of predicted) predictedMask.fill(p.type, p.start, p.end);
    for (const gold of example.entities) {
      const count = counts.get(gold.type);
      if (!count) continue;
      count.gold++;
      let covered = true;
      let touched = false;
      for (let i = gold.start; i < gold.end; i++) {
        if (predictedMask[i] !== gold.type) covered = false;
        if (predictedMask[i]) touched = true;
      }
      if (!touched && DIRECT_TYPES.includes(gold.type)) directLeftWhole++;
      const kind = kindOf(example.text, gold);
      if (kind) {
        const kindCount = kindCounts.get(kind) ?? { gold: 0, found: 0 };
        kindCount.gold++;
        if (covered) kindCount.found++;
        kindCounts.set(kind, kindCount);
      }
      if (covered) count.found++;
      else
        errors.push(
          `MISS ${example.id} ${gold.type}${kind ? `/${kind}` : ''} «${example.text.slice(gold.start, gold.end)}» got ${describe(example.text, predicted, gold)}`,
        );
    }
    for (const p of predicted) {
      const count = counts.get(p.type);
      if (!count) continue;
      count.predicted++;
      const overlaps = example.entities.some(
        (g) => g.type === p.type && g.start < p.end && p.start < g.end,
      );
      if (overlaps) count.correct++;
      else errors.push(`FP   ${example.id} ${p.type} «${example.text.slice(p.start, p.end)}»`);
    }
    for (let i = 0; i < example.text.length; i++) {
      if (predictedMask[i]) predictedChars++;
      if (predictedMask[i] && goldMask[i]) correctChars++;
      if (goldMask[i]) goldChars++;
      if (goldMask[i] && predictedMask[i] === goldMask[i]) coveredGoldChars++;
    }
  }
  const perType = {} as Record<EntityType, TypeScore>;
  const total = { gold: 0, predicted: 0, found: 0, correct: 0 };
  for (const [type, count] of counts) {
    perType[type] = score(count);
    total.gold += count.gold;
    total.predicted += count.predicted;
    total.found += count.found;
    total.correct += count.correct;
  }
  const perKind: Partial<Record<Kind, KindScore>> = {};
  for (const kind of Object.keys(KINDS) as Kind[]) {
    const count = kindCounts.get(kind);
    if (count) perKind[kind] = { ...count, recall: ratio(count.found, count.gold) };
  }
  return {
    summary: {
      perType,
      perKind,
      overall: score(total),
      direct: group(perType, DIRECT_TYPES),
      quasi: group(perType, QUASI_TYPES),
      directLeftWhole,
      characterPrecision: ratio(correctChars, predictedChars),
      characterRecall: ratio(coveredGoldChars, goldChars),
    },
    errors,
  };
}

function group(perType: Record<EntityType, TypeScore>, types: readonly EntityType[]): KindScore {
  const gold = types.reduce((sum, type) => sum + perType[type].gold, 0);
  const found = types.reduce((sum, type) => sum + perType[type].found, 0);
  return { gold, found, recall: ratio(found, gold) };
}

function describe(text: string, predicted: Entity[], gold: Entity): string {
  const near = predicted.filter((p) => p.start < gold.end && gold.start < p.end);
  return near.length
    ? near.map((p) => `${p.type}«${text.slice(p.start, p.end)}»`).join(' ')
    : 'nothing';
}

function score(count: {
  gold: number;
  predicted: number;
  found: number;
  correct: number;
}): TypeScore {
  const precision = ratio(count.correct, count.predicted);
  const recall = ratio(count.found, count.gold);
  const f2 = precision + recall === 0 ? 0 : (5 * precision * recall) / (4 * precision + recall);
  return { ...count, precision: round(precision), recall: round(recall), f2: round(f2) };
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : round(numerator / denominator);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export function formatTable(summary: Summary): string {
  const rows = [['type', 'gold', 'pred', 'found', 'precision', 'recall', 'F2']];
  for (const [type, s] of Object.entries(summary.perType)) {
    rows.push([
      type,
      String(s.gold),
      String(s.predicted),
      String(s.found),
      fixed(s.precision),
      fixed(s.recall),
      fixed(s.f2),
    ]);
  }
  const o = summary.overall;
  rows.push([
    'ALL',
    String(o.gold),
    String(o.predicted),
    String(o.found),
    fixed(o.precision),
    fixed(o.recall),
    fixed(o.f2),
  ]);
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = rows.map((row) =>
    row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '),
  );
  lines.push(
    `character precision ${fixed(summary.characterPrecision)}, character recall ${fixed(summary.characterRecall)}`,
    `direct identifiers recall ${fixed(summary.direct.recall)} (${summary.direct.found}/${summary.direct.gold}, target ≥ 0.98), ` +
      `left whole ${summary.directLeftWhole}; DATE/AGE/ORGANIZATION recall ${fixed(summary.quasi.recall)} (target ≥ 0.90 each)`,
    '',
    ...formatKinds(summary),
  );
  return lines.join('\n');
}

function formatKinds(summary: Summary): string[] {
  const lines = ['kind                    gold  found  recall'];
  for (const [kind, score] of Object.entries(summary.perKind)) {
    lines.push(
      `${kind.padEnd(22)}  ${String(score.gold).padEnd(4)}  ${String(score.found).padEnd(5)}  ${fixed(score.recall)}`,
    );
  }
  return lines;
}

function fixed(value: number): string {
  return value.toFixed(3);
}
