import { generateCorpus } from './corpus/generate.ts';
import { CORPUS_SEED, CORPUS_SIZE, recognizerKnowsName } from './corpus/settings.ts';

// Usage: npx tsx packages/deidentify/scripts/generate-corpus.ts tuning|heldout > file.jsonl
const split = process.argv[2];
if (split !== 'tuning' && split !== 'heldout') {
  console.error('usage: generate-corpus.ts tuning|heldout');
  process.exit(2);
}
const examples = generateCorpus({
  split,
  size: CORPUS_SIZE,
  seed: CORPUS_SEED,
  recognizerKnows: recognizerKnowsName,
});
for (const example of examples) console.log(JSON.stringify(example));
