import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDeidentifier } from '../src/index.ts';
import { evaluate, formatTable, type GoldExample } from '../src/evaluation.ts';

// Usage: npx tsx packages/deidentify/scripts/eval-pii.ts [file.jsonl]
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const file = process.argv[2]
  ? path.resolve(process.argv[2])
  : path.resolve(repoRoot, '..', 'shared', 'eval', 'pii-dev.jsonl');

const examples: GoldExample[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as GoldExample);

const deidentifier = await createDeidentifier();
const report = evaluate(examples, (text) => deidentifier.detect(text));

console.log(JSON.stringify({ file, ...report.summary }, null, 2));
console.log(formatTable(report.summary));
if (process.env.SHOW_ERRORS) for (const line of report.errors) console.log(line);
