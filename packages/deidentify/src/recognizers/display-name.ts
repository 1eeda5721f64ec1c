import { matchAll, type Analysis } from '../analysis.ts';
import { ROLE_WORDS } from '../vocabulary.ts';
import type { Span } from './introduced-name.ts';
import { isNameReading, kanaNameEnd } from './kana-name.ts';

/**
 * Chat display names in quotes: 「ゆい🌸」という人, 「Tsuyoshi@育休中」さん, 「Bat-Erdene⭐」です. The name is the leading
 * letters; decorations (emoji, @…, (3児ママ)) are not part of it.
 */
const QUOTED =
  /「([^」\n]{1,20})」(?=\s?(?:という|っていう|って|と名乗|と呼|さん|ちゃん|くん|の(?:名前|アカウント|人)|にしています|で(?:投稿|書き込))|です)/g;
const LEADING_NAME =
  /^(?:[ぁ-ゖー]{1,8}|[\p{Script=Katakana}ー・]{1,12}|[\p{Script=Han}々]{1,4}|[A-Za-z][A-Za-z.]{0,15}(?:-[A-Z][a-z]+)?)/u;

/** まるやま ともこ, スガワラ ユウト: a family name and a given name in kana, one space apart. */
const KANA_SPACE =
  /(?<=[ぁ-ゖー]{2}|[\p{Script=Katakana}ー]{2})[ \u3000](?=[ぁ-ゖ\p{Script=Katakana}])/gu;

export function displayNames(analysis: Analysis): Span[] {
  const spans: Span[] = [];
  for (const match of matchAll(QUOTED, analysis.text)) {
    const inner = match[1] as string;
    // あっちゃん, たっくん: a nickname keeps its suffix.
    const nickname = /^[ぁ-ゖ]{1,3}っ(?:ちゃん|くん)/.exec(inner)?.[0];
    const name = nickname ?? LEADING_NAME.exec(inner)?.[0].replace(/[.]+$/, '');
    if (!name || ROLE_WORDS.has(name)) continue;
    const start = match.index + 1;
    spans.push({ start, end: start + name.length });
  }
  for (const match of matchAll(KANA_SPACE, analysis.text)) {
    const start = familyStart(analysis, match.index);
    const end = kanaNameEnd(analysis, match.index + 1, (rest) => GIVEN_NAME_END.test(rest));
    if (start !== undefined && end !== undefined) spans.push({ start, end });
  }
  return spans;
}

const GIVEN_NAME_END = /^(?:[でがはとにをのも、。,.)」\s]|です|さん|様|$)/;

/** The longest kana family name ending at `end`; katakana must be the whole run (トレス in ストレス is not). */
function familyStart(analysis: Analysis, end: number): number | undefined {
  const { text } = analysis;
  const script = /[ぁ-ゖー]/.test(text[end - 1] ?? '') ? /[ぁ-ゖー]/ : /[\p{Script=Katakana}ー]/u;
  for (let length = 6; length >= 2; length--) {
    const start = end - length;
    const slice = text.slice(start, end);
    if (start < 0 || ![...slice].every((c) => script.test(c))) continue;
    const wholeRun = !script.test(text[start - 1] ?? '');
    if ((wholeRun || script.source.includes('ぁ')) && isNameReading(analysis, slice)) return start;
  }
  return undefined;
}
