import { generateCorpus } from './corpus/generate.ts';
import { generateFreshCorpus } from './corpus/fresh.ts';
import { CORPUS_SEED, CORPUS_SIZE, FRESH_SEED, recognizerKnowsName } from './corpus/settings.ts';

// Usage: npx tsx packages/deidentify/scripts/generate-corpus.ts tuning|heldout|fresh > file.jsonl
const split = process.argv[2];
if (split !== 'tuning' && split !== 'heldout' && split !== 'fresh') {
  console.error('usage: generate-corpus.ts tuning|heldout|fresh');
  process.exit(2);
}
const examples =
  split === 'fresh'
    ? generateFreshCorpus({
        size: CORPUS_SIZE,
        seed: FRESH_SEED,
        recognizerKnows: recognizerKnowsName,
      })
    : generateCorpus({
        split,
        size: CORPUS_SIZE,
        seed: CORPUS_SEED,
        recognizerKnows: recognizerKnowsName,
      });
for (const example of examples) console.log(JSON.stringify(example));
