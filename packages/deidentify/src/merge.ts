import type { Candidate } from './types.ts';

/** When the same span is claimed twice, the more specific type wins. */
const TYPE_ORDER = [
  'EMAIL',
  'URL_HANDLE',
  'PHONE',
  'POSTAL_CODE',
  'DATE',
  'AGE',
  'ID',
  'ADDRESS',
  'ORGANIZATION',
  'PERSON',
] as const;

/**
 * Resolves overlapping candidates into sorted, non-overlapping spans.
 * A span that contains another wins (株式会社森田酒店 over 森田); otherwise the higher tier wins,
 * then the longer span, then the more specific type.
 */
export function mergeCandidates(candidates: Candidate[], text: string): Candidate[] {
  const valid = candidates.filter((c) => c.end > c.start);
  const kept = valid.filter(
    (c) =>
      !valid.some(
        (other) =>
          other !== c &&
          other.start <= c.start &&
          other.end >= c.end &&
          other.end - other.start > c.end - c.start &&
          !(isDirectIdentifierPattern(c) && other.tier < c.tier),
      ),
  );
  kept.sort(
    (a, b) =>
      b.tier - a.tier ||
      b.end - b.start - (a.end - a.start) ||
      TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) ||
      a.start - b.start,
  );
  const accepted: Candidate[] = [];
  for (const c of kept) {
    if (accepted.some((a) => a.start < c.end && c.start < a.end)) continue;
    accepted.push(c);
  }
  return joinSplitNames(
    accepted.sort((a, b) => a.start - b.start),
    text,
  );
}

/** 上野 真由美: a surname and a given name found separately, one space apart, are one full name. */
function joinSplitNames(sorted: Candidate[], text: string): Candidate[] {
  const joined: Candidate[] = [];
  for (const c of sorted) {
    const previous = joined[joined.length - 1];
    const gap = previous ? text.slice(previous.end, c.start) : '';
    if (
      previous &&
      previous.type === 'PERSON' &&
      c.type === 'PERSON' &&
      /^[ \u3000・]$/.test(gap)
    ) {
      previous.end = c.end;
    } else {
      joined.push({ ...c });
    }
  }
  return joined;
}

/** A validated phone or e-mail inside a looser span keeps its own type. */
function isDirectIdentifierPattern(c: Candidate): boolean {
  return (
    c.type === 'PHONE' || c.type === 'EMAIL' || c.type === 'URL_HANDLE' || c.type === 'POSTAL_CODE'
  );
}
