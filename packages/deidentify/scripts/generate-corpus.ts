import { generateCorpus } from './corpus/generate.ts';
import { generateFreshCorpus, LATE_SPLIT, NIGHT_SPLIT, SEALED_SPLIT } from './corpus/fresh.ts';
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

// Usage: npx tsx packages/deidentify/scripts/generate-corpus.ts tuning|heldout|fresh|late|sealed|night > file.jsonl
const split = process.argv[2];
if (
  split !== 'tuning' &&
  split !== 'heldout' &&
  split !== 'fresh' &&
  split !== 'late' &&
  split !== 'sealed' &&
  split !== 'night'
) {
  console.error('usage: generate-corpus.ts tuning|heldout|fresh|late|sealed|night');
  process.exit(2);
}
const examples =
  split === 'night'
    ? generateFreshCorpus({
        size: NIGHT_SIZE,
        seed: NIGHT_SEED,
        recognizerKnows: recognizerKnowsName,
        split: NIGHT_SPLIT,
      })
    : split === 'sealed'
      ? generateFreshCorpus({
          size: SEALED_SIZE,
          seed: SEALED_SEED,
          recognizerKnows: recognizerKnowsName,
          split: SEALED_SPLIT,
        })
      : split === 'fresh' || split === 'late'
        ? generateFreshCorpus({
            size: CORPUS_SIZE,
            seed: split === 'late' ? LATE_SEED : FRESH_SEED,
            recognizerKnows: recognizerKnowsName,
            ...(split === 'late' ? { split: LATE_SPLIT } : {}),
          })
        : generateCorpus({
            split,
            size: CORPUS_SIZE,
            seed: CORPUS_SEED,
            recognizerKnows: recognizerKnowsName,
          });
for (const example of examples) console.log(JSON.stringify(example));
