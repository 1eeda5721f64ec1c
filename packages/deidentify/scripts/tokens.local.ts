import { createAnalysis } from '../src/analysis.ts';
import { loadMorphology } from '../src/morphology.ts';
import { recognizeOrganizations } from '../src/recognizers/organization.ts';
const m = await loadMorphology();
for (const line of process.argv.slice(2)) {
  const a = createAnalysis(line, m);
  console.log(
    a.tokens.map((t) => `${t.surface}/${t.pos1}/${t.pos2}${t.known ? '' : '?'}`).join(' '),
  );
  console.log(
    '  org:',
    recognizeOrganizations(a)
      .map((c) => line.slice(c.start, c.end))
      .join(' | '),
  );
}
