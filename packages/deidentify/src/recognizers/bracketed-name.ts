import { matchAll, type Analysis } from '../analysis.ts';
import { isPersonName } from '../morphology.ts';
import { RELATION, ROLE_WORDS, TITLE } from '../vocabulary.ts';
import type { Span } from './introduced-name.ts';
import { isNameReading } from './kana-name.ts';

/**
 * つむぎ（９）の, 環(6)が, 実はりく（長男）の: a short word right before a bracketed age or
 * relation is a person.
 */
const BRACKET_AFTER_NAME = new RegExp(`\\((?:\\d{1,2}|${RELATION})\\)`, 'g');
const NOT_A_NAME = new RegExp(`^(?:${RELATION}|${TITLE})$`);

export function namesBeforeBracket(analysis: Analysis): Span[] {
  const spans: Span[] = [];
  for (const match of matchAll(BRACKET_AFTER_NAME, analysis.text)) {
    const start = nameStartBefore(analysis, match.index);
    if (start === undefined) continue;
    const name = analysis.text.slice(start, match.index);
    if (ROLE_WORDS.has(name) || NOT_A_NAME.test(name)) continue;
    spans.push({ start, end: match.index });
  }
  return spans;
}

function nameStartBefore(analysis: Analysis, end: number): number | undefined {
  const { text } = analysis;
  const last = text[end - 1] ?? '';
  if (/[\p{Script=Han}々]/u.test(last)) {
    let start = end;
    while (start > 0 && end - start < 4 && /[\p{Script=Han}々]/u.test(text[start - 1] ?? ''))
      start--;
    if (/[\p{Script=Han}]/u.test(text[start - 1] ?? '')) return undefined;
    const reading = analysis.morphology.nameReading(text.slice(start, end));
    return reading.common && !isPersonName(reading) ? undefined : start;
  }
  if (/[\p{Script=Katakana}ー]/u.test(last)) {
    let start = end;
    while (start > 0 && /[\p{Script=Katakana}ー・]/u.test(text[start - 1] ?? '')) start--;
    return end - start >= 2 ? start : undefined;
  }
  if (/[ぁ-ゖ]/.test(last)) {
    let runStart = end;
    while (runStart > 0 && /[ぁ-ゖー]/.test(text[runStart - 1] ?? '')) runStart--;
    // ちはや（娘）: a run that opens the text or a sentence is the name as a whole.
    const opens = runStart === 0 || /[\s。、！？!?「」()]/.test(text[runStart - 1] ?? '');
    if (opens && end - runStart >= 2 && end - runStart <= 5) return runStart;
    for (let length = Math.min(6, end - runStart); length >= 2; length--) {
      if (isNameReading(analysis, text.slice(end - length, end))) return end - length;
    }
    return end - runStart >= 2 && end - runStart <= 5 ? runStart : undefined;
  }
  return undefined;
}
