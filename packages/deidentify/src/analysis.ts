import type { Morphology, Token } from './morphology.ts';
import type { Candidate, EntityType, Tier } from './types.ts';

/** Everything a recognizer may look at; all offsets are in normalised-text coordinates. */
export interface Analysis {
  text: string;
  tokens: Token[];
  /** Index into `tokens` of the token covering each UTF-16 unit. */
  tokenIndexAt: Int32Array;
  morphology: Morphology;
}

export function createAnalysis(text: string, morphology: Morphology): Analysis {
  const tokens = morphology.tokenize(text);
  const tokenIndexAt = new Int32Array(text.length).fill(-1);
  tokens.forEach((token, index) => tokenIndexAt.fill(index, token.start, token.end));
  return { text, tokens, tokenIndexAt, morphology };
}

export type Recognizer = (analysis: Analysis) => Candidate[];

export function candidate(type: EntityType, start: number, end: number, tier: Tier): Candidate {
  return { type, start, end, tier };
}

/** Runs a global regex and yields every match (the regex must carry the g flag). */
export function* matchAll(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].length === 0) pattern.lastIndex++;
    yield match;
  }
}
