import { matchAll, type Analysis } from '../analysis.ts';
import { isPersonName } from '../morphology.ts';
import { HONORIFIC, RELATION, ROLE_WORDS, TITLE } from '../vocabulary.ts';
import type { Span } from './introduced-name.ts';
import { isNameReading } from './kana-name.ts';

/**
 * つむぎ（９）の, 環(6)が, 実はりく（長男）の, 紡（２歳）が: a short word right before a bracketed
 * age or relation is a person.
 */
// ２歳, 11才, 3さい, 十二歳: an age with its counter (a bare number is matched on its own).
const AGE_IN_BRACKETS = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})(?:歳|才|さい|か月|ヶ月)';
const BRACKET_AFTER_NAME = new RegExp(`\\((?:\\d{1,2}|${RELATION}|${AGE_IN_BRACKETS})\\)`, 'g');
const NOT_A_NAME = new RegExp(`^(?:${RELATION}|${TITLE})$`);
const HONORIFIC_ONLY = new RegExp(`^(?:${HONORIFIC})$`);

export function namesBeforeBracket(analysis: Analysis): Span[] {
  const spans: Span[] = [];
  for (const match of matchAll(BRACKET_AFTER_NAME, analysis.text)) {
    const aged = /\d|[歳才さい月]/.test(match[0]);
    const start = nameStartBefore(analysis, match.index, aged);
    if (start === undefined) continue;
    const name = analysis.text.slice(start, match.index);
    // 赤ちゃん（３歳）: the kana run is an honorific that ends a word, not a name.
    if (HONORIFIC_ONLY.test(name) && /[\p{Script=Han}]/u.test(analysis.text[start - 1] ?? ''))
      continue;
    if (ROLE_WORDS.has(name) || NOT_A_NAME.test(name) || NOT_AGED_PERSON.test(name)) continue;
    spans.push({ start, end: match.index });
  }
  return spans;
}

// Words that take a bracketed age but are no name: people by role or age, and pets.
const NOT_AGED_PERSON =
  /^(?:子供|子ども|こども|赤ちゃん|あかちゃん|赤ん坊|男の子|女の子|男児|女児|乳児|幼児|園児|児童|生徒|学生|小学生|中学生|高校生|大学生|本人|私|僕|自分|長子|第一子|第二子|第三子|末子|孫|犬|猫|愛犬|愛猫|ペット|患者|利用者|相談者|被害者|加害者|男性|女性|男|女|夫婦|妊婦|入居者|実習生|新人|社員|職員|退職者|当時|現在|今|満)$/;

function nameStartBefore(analysis: Analysis, end: number, aged: boolean): number | undefined {
  const { text } = analysis;
  const last = text[end - 1] ?? '';
  if (/[\p{Script=Han}々]/u.test(last)) {
    let start = end;
    while (start > 0 && end - start < 4 && /[\p{Script=Han}々]/u.test(text[start - 1] ?? ''))
      start--;
    if (/[\p{Script=Han}]/u.test(text[start - 1] ?? '')) return undefined;
    const reading = analysis.morphology.nameReading(text.slice(start, end));
    // 紡（２歳）が, opening its sentence: with an age, even a word (紡, 晴, 絆) names a child.
    const opens = start === 0 || /[\s。、！？!?「」]/.test(text[start - 1] ?? '');
    if (aged && opens) return start;
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
