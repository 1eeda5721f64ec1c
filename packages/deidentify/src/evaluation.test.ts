import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Deidentifier } from './deidentifier.ts';
import { evaluate, type GoldExample } from './evaluation.ts';
import { devSetPath } from './testing/dev-set.ts';
import { DICTIONARY_LOAD_TIMEOUT_MS, sharedDeidentifier } from './testing/shared-deidentifier.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = [
  'heldout.jsonl',
  'heldout-blind.jsonl',
  'heldout-blind2.jsonl',
  'heldout-blind3.jsonl',
].map((name) => path.join(here, 'fixtures', name));
const devSet = devSetPath();

let deidentifier: Deidentifier;
beforeAll(async () => {
  deidentifier = await sharedDeidentifier();
}, DICTIONARY_LOAD_TIMEOUT_MS);

function load(file: string): GoldExample[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldExample);
}

// Regression guard: the labelled sets must stay above the recall and precision targets.
describe.each([...fixtures, ...(devSet ? [devSet] : [])])('labelled set %s', (file) => {
  it('keeps overall recall ≥ 0.95 and character precision ≥ 0.9', () => {
    const { summary } = evaluate(load(file), (text) => deidentifier.detect(text));
    expect(summary.overall.recall).toBeGreaterThanOrEqual(0.95);
    expect(summary.characterPrecision).toBeGreaterThanOrEqual(0.9);
  });

  it('has gold offsets that match the gold text', () => {
    for (const example of load(file)) {
      for (const entity of example.entities) {
        expect(example.text.slice(entity.start, entity.end)).toBe(entity.text);
      }
    }
  });
});
