import { readFileSync } from 'node:fs';
import { createDeidentifier } from '../src/index.ts';
const d = await createDeidentifier();
for (const line of readFileSync(process.argv[2] as string, 'utf8')
  .split('\n')
  .filter(Boolean)) {
  const found = d.detect(line).map((e) => `${e.type}«${line.slice(e.start, e.end)}»`);
  console.log(line, ' => ', found.join(' '));
}
