import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createDeidentifier } from '../src/index.ts';
import { evaluate, formatTable, type GoldExample } from '../src/evaluation.ts';
import { devSetPath } from '../src/testing/dev-set.ts';
import { generateFreshCorpus, LATE_SPLIT, NIGHT_SPLIT, SEALED_SPLIT } from './corpus/fresh.ts';
import { generateCorpus } from './corpus/generate.ts';
import {
  CORPUS_SEED,
  CORPUS_SIZE,
  FRESH_SEED,
  LATE_SEED,
  NIGHT_SEED,
  NIGHT_SIZE,
  recognizerKnowsName,
  SEALED_SEED,
  SEALED_SIZE,
} from './corpus/settings.ts';

// Usage: npm run eval:pii [-- file.jsonl]
// Without a file: the dev set, then the generated tuning split, the generated held-out split and
// the fresh held-out split (corpus/fresh.ts, written after the first held-out split was measured)
// the late one (corpus/late-*.ts, written after the day's rules were committed) and the sealed one
// (corpus/sealed-*.ts, written before the last rule changes and measured only before and after),
// and the night one (corpus/night-*.ts, written after the night session's rules were committed).
// SHOW_ERRORS=1 lists misses and false positives, except on the held-out splits, which are only
// measured: looking at its errors while tuning would make it one more tuning set.
const devSet = devSetPath();

function load(file: string): GoldExample[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldExample);
}

const generated = (split: 'tuning' | 'heldout'): GoldExample[] =>
  generateCorpus({
    split,
    size: CORPUS_SIZE,
    seed: CORPUS_SEED,
    recognizerKnows: recognizerKnowsName,
  });

const sets: { name: string; examples: GoldExample[]; showErrors: boolean }[] = process.argv[2]
  ? [{ name: path.resolve(process.argv[2]), examples: load(process.argv[2]), showErrors: true }]
  : [
      ...(devSet ? [{ name: devSet, examples: load(devSet), showErrors: true }] : []),
      { name: 'generated tuning split', examples: generated('tuning'), showErrors: true },
      { name: 'generated held-out split', examples: generated('heldout'), showErrors: false },
      {
        name: 'fresh held-out split',
        examples: generateFreshCorpus({
          size: CORPUS_SIZE,
          seed: FRESH_SEED,
          recognizerKnows: recognizerKnowsName,
        }),
        showErrors: false,
      },
      {
        name: 'late held-out split',
        examples: generateFreshCorpus({
          size: CORPUS_SIZE,
          seed: LATE_SEED,
          recognizerKnows: recognizerKnowsName,
          split: LATE_SPLIT,
        }),
        showErrors: false,
      },
      {
        name: 'night held-out split',
        examples: generateFreshCorpus({
          size: NIGHT_SIZE,
          seed: NIGHT_SEED,
          recognizerKnows: recognizerKnowsName,
          split: NIGHT_SPLIT,
        }),
        showErrors: false,
      },
      {
        name: 'sealed held-out split',
        examples: generateFreshCorpus({
          size: SEALED_SIZE,
          seed: SEALED_SEED,
          recognizerKnows: recognizerKnowsName,
          split: SEALED_SPLIT,
        }),
        showErrors: false,
      },
    ];

const deidentifier = await createDeidentifier();
for (const set of sets) {
  const report = evaluate(set.examples, (text) => deidentifier.detect(text));
  console.log(`\n== ${set.name} (${set.examples.length} texts)`);
  if (process.env.JSON) console.log(JSON.stringify(report.summary, null, 2));
  console.log(formatTable(report.summary));
  if (process.env.SHOW_ERRORS && set.showErrors)
    for (const line of report.errors) console.log(line);
}
