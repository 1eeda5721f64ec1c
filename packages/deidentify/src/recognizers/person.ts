import { candidate, matchAll, type Analysis, type Recognizer } from '../analysis.ts';
import { isPersonName, type Token } from '../morphology.ts';
import { Tier, type Candidate } from '../types.ts';
import { HONORIFIC, NOT_AFTER_NAME, RELATION, ROLE_WORDS, TITLE } from '../vocabulary.ts';
import { namesBeforeBracket } from './bracketed-name.ts';
import { displayNames } from './display-name.ts';
import { introducedNames } from './introduced-name.ts';
import { isNameReading } from './kana-name.ts';
import { latinNames } from './latin-name.ts';
import { tokensIn } from './name-span.ts';
import { uncuedNames } from './uncued-name.ts';

const HAN = /[\p{Script=Han}々ヶ]/u;
const KATAKANA = /[\p{Script=Katakana}ー・]/u;
const HIRAGANA = /[ぁ-ゖー]/;
const LATIN = /[A-Za-z]/;
const HONORIFIC_CUE = new RegExp(`(?:${HONORIFIC})`, 'g');
const TITLE_CUE = new RegExp(`(?:${TITLE})`, 'g');
const KATAKANA_FULL_NAME =
  /[\p{Script=Katakana}ー]{2,}(?:[・=＝ \u3000][\p{Script=Katakana}ー]{1,}){1,3}/gu;
// Maria dos Santos, Siti binti Ahmad, Juan de la Cruz: lowercase particles inside a full name.
const ROMAJI_NAME =
  /(?<![\w@./-])(?:[A-Z][a-z]+|[A-Z]{2,})(?:[ ・](?:(?:dela|de|del|della|dos|das|da|do|van|von|der|den|bin|binti|al|di|du|la|y) )*(?:[A-Z][a-z]+|[A-Z]{2,})){1,3}(?![\w@]|\.\w)/g;
const NOT_ROMAJI_NAME =
  /^(?:The|And|For|With|From|This|That|Line|LINE|Facebook|Google|Instagram|Twitter|Zoom|Teams|Microsoft|Apple|Tik|Tok|TikTok|Japan|Tokyo|Kagoshima|Hioki|Health|Care|Center|Clinic|Hospital|Co|Ltd|Inc|Good|Thank|Thanks|Hello|Hi|Dear|Best|Regards|Mr|Ms|Mrs|Dr|Morning|Night|Happy|New|Year|Word|Excel|Chrome|Safari|Android|Windows|Mac|Office|Slack|ID|URL|PDF|SNS|LGBT|LGBTQ|DV|PTSD|ADHD|ASD|HIV|ART|IVF|OK|NG|AI|IT|JR|JA|NPO|NHK|YouTube|You|Tube|Amazon|Rakuten|Yahoo|Gmail|Email|Mail|Phone|My|Number|Card|Team|Club|School|Group|Service|Services|Japanese|English|Vietnam|Philippines|Nepal|China|Korea|Contact|Please|Ask|Tell|Call|Help|Meet|With|Sir|Madam|Hey)$/;
const LEADING_CUE_WORD =
  /^(?:Saya|Nama|Ako|Si|Ang|Mero|Naam|Ma|Em|Toi|Tôi|Mình|Xin|Hello|Halo|Hi|Namaste|Mingalaba|Perkenalkan|Kumusta|Dear|Meu|Eu|Sou|Mi|Soy|Me|Call|Friend|Boss|Husband|Wife)$/u;
const NAME_SHAPE =
  '([\\p{Script=Han}々]{1,4}[ \\u3000]?[\\p{Script=Han}々]{1,4}|[\\p{Script=Katakana}ー・]{2,12}|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,3})';
const SELF_INTRODUCTION = new RegExp(
  `(?:(?:私|僕|わたし|自分)(?:は|、)\\s?|^)${NAME_SHAPE}\\s?(?:と申します|と申す|といいます|と言います|です(?=[。、!！\\s]|$))|${NAME_SHAPE}\\s?(?:と申します|と申す|といいます|と言います|と名乗)`,
  'gu',
);
// 以上、中野でした / 中野より
const CLOSING_NAME = /(?<=以上、?\s?)([\p{Script=Han}々]{1,4})(?=\s?(?:でした|です|より|から))/gu;
const TITLE_AT_END = new RegExp(`(?:${TITLE})$`);
// 申込者：永吉 ひとみ, 代表者氏名 冨宿 正: a family name, a space and a given name in any script
// after a form label is a full name, however little the dictionary knows of either part.
const LABELLED_FULL_NAME =
  /(?:氏名|名前|申込者|記入者|送信者|差出人|相談者|申請者|依頼者|担当者|署名|宛名|名義)(?:\s*:\s*|\s+|は)([\p{Script=Han}々]{1,4}[ \u3000](?:[\p{Script=Han}々]{1,3}|[ぁ-ゖ]{2,4}|[\p{Script=Katakana}ー]{2,6}))(?=$|[\s。、,.!?)」]|です|と申)/gu;
// 蕨野という人, 轟木って男: a kanji word said to be a person.
const CALLED_PERSON =
  /(?<=^|[\s。、！？!?」)はがもにをのと])([\p{Script=Han}々]{2,4})(?=(?:という|っていう|って)(?:名前の)?(?:人|男|女|方|男性|女性|子|先輩|上司|同僚|社員|職員|利用者))/gu;
const SIGNATURE = /(?:^|[\s。、！？!?…)」])([\p{Script=Han}々]{2,5})\s*$/u;
const ADDRESSEE =
  /(?<=[\s)])([\p{Script=Han}々]{2,4})(?=\s?(?:まで|宛|あて|より)(?![\p{Script=Han}]))/gu;

export const recognizePersons: Recognizer = (analysis) => {
  const found: Candidate[] = [];
  const add = (start: number, end: number): void => {
    // 上司の枦山主任: whichever rule found the name, a title at its end is not part of it.
    const title = TITLE_AT_END.exec(analysis.text.slice(start, end));
    const nameEnd = title && title.index > 0 ? start + title.index : end;
    if (nameEnd > start) found.push(candidate('PERSON', start, nameEnd, Tier.morphology));
  };
  for (const span of taggedNames(analysis)) add(span.start, span.end);
  for (const match of matchAll(HONORIFIC_CUE, analysis.text)) {
    const span = cueAligned(analysis, match) ? nameBefore(analysis, match.index, false) : undefined;
    if (span) add(span.start, span.end);
  }
  for (const match of matchAll(TITLE_CUE, analysis.text)) {
    const span = cueAligned(analysis, match) ? nameBefore(analysis, match.index, true) : undefined;
    if (span) add(span.start, span.end);
  }
  for (const span of introducedNames(analysis)) add(span.start, span.end);
  for (const span of scriptPatternNames(analysis)) add(span.start, span.end);
  for (const span of latinNames(analysis, NOT_ROMAJI_NAME)) add(span.start, span.end);
  for (const span of displayNames(analysis)) add(span.start, span.end);
  for (const span of namesBeforeBracket(analysis)) add(span.start, span.end);
  for (const span of surnamesGluedToTitles(analysis)) add(span.start, span.end);
  for (const span of greetedNames(analysis)) add(span.start, span.end);
  for (const span of uncuedNames(analysis)) add(span.start, span.end);
  return propagate(analysis, withSurnamesBefore(analysis, found));
};

interface Span {
  start: number;
  end: number;
}

/** Runs of tokens tagged 人名 in context, with span extension for given names split by IPADIC. */
function taggedNames(analysis: Analysis): Span[] {
  const { tokens, text, morphology } = analysis;
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isTaggedName(tokens[i] as Token)) continue;
    let first = i;
    let last = i;
    while (last + 1 < tokens.length && isTaggedName(tokens[last + 1] as Token)) last++;
    // 兵庫慎司: a place-tagged surname right before a tagged name
    const before = tokens[first - 1];
    if (
      before &&
      isKanji(before.surface) &&
      morphology.nameReading(before.surface).surname &&
      before.end === (tokens[first] as Token).start &&
      !ROLE_WORDS.has(before.surface)
    )
      first--;
    // 岡部冬彦 → 岡部/冬/彦: up to three more kanji after a surname
    if ((tokens[last] as Token).pos3 === '姓' || (tokens[last] as Token).surface.length === 1) {
      last = extendGivenName(analysis, last);
    }
    i = last;
    const start = (tokens[first] as Token).start;
    // 枦|山主|任: the tagger may read a title (主任) into a name; the title is never part of it.
    const title = TITLE_AT_END.exec(text.slice(start, (tokens[last] as Token).end));
    let end = (tokens[last] as Token).end - (title && title.index > 0 ? title[0].length : 0);
    // 小濵|副|主任: a title that starts inside the span (副主任) is cut off whole.
    const straddling = titleStartingInside(text, start, end);
    if (straddling !== undefined) end = straddling;
    const surface = text.slice(start, end);
    if (surface.length < 2 && !hasCueAround(analysis, start, end)) continue;
    if (NOT_AFTER_NAME.test(text.slice(end, end + 4))) continue;
    if (isKatakanaCompound(text, start, end)) continue;
    if (ROLE_WORDS.has(surface)) continue;
    spans.push({ start, end });
  }
  return spans;
}

const TITLE_ANYWHERE = new RegExp(`(?:${TITLE})`, 'g');

function titleStartingInside(text: string, start: number, end: number): number | undefined {
  const window = text.slice(start, end + 8);
  for (const match of matchAll(TITLE_ANYWHERE, window)) {
    if (match.index > 0 && match.index < end - start && match.index + match[0].length > end - start)
      return start + match.index;
  }
  return undefined;
}

/** 名詞,固有名詞,人名; the honorific suffixes are 名詞,接尾,人名 and are not names. */
function isTaggedName(token: Token): boolean {
  return token.pos1 === '固有名詞' && token.pos2 === '人名';
}

function extendGivenName(analysis: Analysis, last: number): number {
  const { tokens, text } = analysis;
  let extended = last;
  let length = 0;
  let i = last + 1;
  // 佐々木 悠真: one space between surname and given name
  if (tokens[i]?.surface === ' ' && isKanji(tokens[i + 1]?.surface ?? '')) i++;
  for (; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!isKanji(token.surface) || ROLE_WORDS.has(token.surface)) break;
    const nameLike =
      isTaggedName(token) || !token.known || (token.surface.length === 1 && token.pos1 === '一般');
    if (!nameLike || length + token.surface.length > 3 || TITLE_CUE_EXACT.test(token.surface))
      break;
    length += token.surface.length;
    extended = i;
  }
  const end = (tokens[extended] as Token).end;
  // The given name must end the word: 田中一郎さん yes, 田中部品 no.
  return extended !== last && HAN.test(text[end] ?? '') ? last : extended;
}

const TITLE_CUE_EXACT = new RegExp(`^(?:${TITLE}|${HONORIFIC})$`);

/** マイナンバー: a katakana "name" glued to more katakana is part of a loanword. */
function isKatakanaCompound(text: string, start: number, end: number): boolean {
  if (!/^[\p{Script=Katakana}ー]+$/u.test(text.slice(start, end))) return false;
  return (
    /[\p{Script=Katakana}ー]/u.test(text[start - 1] ?? '') ||
    /[\p{Script=Katakana}ー]/u.test(text[end] ?? '')
  );
}

function hasCueAround(analysis: Analysis, start: number, end: number): boolean {
  const after = analysis.text.slice(end, end + 5);
  return new RegExp(`^(?:${HONORIFIC}|${TITLE})`).test(after);
}

/**
 * The cue must end a token and not be the tail of a longer word: ちゃんと, たくさん and 様子 are not cues,
 * but りょうたくん (IPADIC: りょう/たく/ん) is.
 */
function cueAligned(analysis: Analysis, match: RegExpExecArray): boolean {
  const start = match.index;
  const end = start + match[0].length;
  const first = analysis.tokens[analysis.tokenIndexAt[start] ?? -1];
  const last = analysis.tokens[analysis.tokenIndexAt[end - 1] ?? -1];
  if (!first || !last || last.end !== end) return false;
  return first.start === start || (first.end < end && first.pos !== '副詞');
}

/** The name written right before an honorific or a title. */
function nameBefore(analysis: Analysis, cueStart: number, strict: boolean): Span | undefined {
  const { text } = analysis;
  // ー belongs to whichever script precedes it (まーくん, ターくん)
  let scriptAt = cueStart - 1;
  while (scriptAt > 0 && text[scriptAt] === 'ー') scriptAt--;
  const previous = text[scriptAt] ?? '';
  if (HAN.test(previous)) return kanjiNameBefore(analysis, cueStart, strict);
  if (KATAKANA.test(previous)) {
    // ケア|マネージャーさん: a katakana title glued to katakana is the end of one loanword.
    if (KATAKANA.test(text[cueStart] ?? '')) return undefined;
    let start = cueStart;
    while (
      start > 0 &&
      (KATAKANA.test(text[start - 1] ?? '') ||
        (text[start - 1] === ' ' && KATAKANA.test(text[start - 2] ?? '')))
    )
      start--;
    return isOccupationKatakana(analysis, start, cueStart) ? undefined : { start, end: cueStart };
  }
  if (HIRAGANA.test(previous) && !strict) return hiraganaNameBefore(analysis, cueStart);
  if (LATIN.test(previous)) {
    let start = cueStart;
    while (
      start > 0 &&
      (LATIN.test(text[start - 1] ?? '') ||
        (text[start - 1] === ' ' && LATIN.test(text[start - 2] ?? '')))
    )
      start--;
    return cueStart - start >= 2 && !/[@./\w]/.test(text[start - 1] ?? '')
      ? { start, end: cueStart }
      : undefined;
  }
  return undefined;
}

function kanjiNameBefore(analysis: Analysis, cueStart: number, strict: boolean): Span | undefined {
  const { text, morphology } = analysis;
  let runStart = cueStart;
  while (runStart > 0 && HAN.test(text[runStart - 1] ?? '') && cueStart - runStart < 8) runStart--;
  const tokens = tokensIn(analysis, runStart, cueStart).filter((t) => t.end <= cueStart);
  let start = cueStart;
  let evidence = false;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i] as Token;
    // 小|濱園長: IPADIC reads the first kanji of 小濱, 大濱 as a prefix before the surname.
    if (
      token.pos === '接頭詞' &&
      NAME_PREFIX.test(token.surface) &&
      start === token.end &&
      cueStart - start <= 2 &&
      !HAN.test(text[token.start - 1] ?? '')
    ) {
      start = token.start;
      break;
    }
    const wordLike = token.surface.length > 1 || i === tokens.length - 1;
    if (
      wordLike &&
      (ROLE_WORDS.has(token.surface) ||
        TITLE_CUE_EXACT.test(token.surface) ||
        RELATION_EXACT.test(token.surface))
    )
      break;
    const reading = morphology.nameReading(token.surface);
    const nameLike =
      isTaggedName(token) || isPersonName(reading) || !token.known || token.pos2 === '地域';
    const plainWord = ['サ変接続', '副詞可能', '代名詞', '数', '形容動詞語幹', '非自立'].includes(
      token.pos1,
    );
    if (plainWord && !nameLike) break;
    if (token.pos !== '名詞' && !nameLike) break;
    if (cueStart - token.start > 6) break;
    evidence ||= nameLike;
    start = token.start;
  }
  // 栗部長: one kanji right before a title is a family name unless it qualifies the title.
  const singleBeforeTitle =
    strict && cueStart - start === 1 && !TITLE_QUALIFIER.test(text[start] ?? '');
  if (start >= cueStart || (strict && !evidence && !singleBeforeTitle)) return undefined;
  const surface = text.slice(start, cueStart);
  if (ROLE_WORDS.has(surface) || /[おご]$/.test(text[start - 1] ?? '')) return undefined;
  // 新店長, 前課長: a rank before a title, not a family name.
  if (strict && RANK_PREFIX.test(surface) && surface.length === 1) return undefined;
  return { start: surnameBeforeSpace(analysis, start), end: cueStart };
}

/** 中園 譲さん: a dictionary surname one space before the given name belongs to the same name. */
function surnameBeforeSpace(analysis: Analysis, start: number): number {
  const { text, morphology } = analysis;
  if (!/^[ \u3000]$/.test(text[start - 1] ?? '')) return start;
  let surnameStart = start - 1;
  while (surnameStart > 0 && HAN.test(text[surnameStart - 1] ?? '') && start - 1 - surnameStart < 4)
    surnameStart--;
  const surname = text.slice(surnameStart, start - 1);
  if (surname.length > 0 && morphology.nameReading(surname).surname) return surnameStart;
  // 聶 紅さん, 羅 静さん: one kanji alone before the space is a Chinese family name.
  const lone = surname.length === 1 && !HAN.test(text[surnameStart - 1] ?? '');
  return lone &&
    !ROLE_WORDS.has(surname) &&
    !RELATION_EXACT.test(surname) &&
    !/[一二三四五六七八九十百千万]/.test(surname)
    ? surnameStart
    : start;
}

const RELATION_EXACT = new RegExp(`^(?:${RELATION})$`);

function hiraganaNameBefore(analysis: Analysis, cueStart: number): Span | undefined {
  const { text } = analysis;
  let start = cueStart;
  while (start > 0 && HIRAGANA.test(text[start - 1] ?? '') && cueStart - start < 8) start--;
  const runStart = start;
  for (const token of tokensIn(analysis, runStart, cueStart)) {
    if (token.start < start) continue;
    if ((token.pos === '助詞' || token.pos === '助動詞') && token.end < cueStart) start = token.end;
    else break;
  }
  if (cueStart - start < 2) return undefined;
  if (start === runStart && HAN.test(text[start - 1] ?? '')) return undefined;
  const surface = text.slice(start, cueStart);
  if (ROLE_WORDS.has(surface) || (/^[おご]/.test(surface) && surface.length <= 4)) return undefined;
  return { start, end: cueStart };
}

/**
 * Before an honorific, katakana is a name (アナさん, マリアさん) unless it is a role
 * (ヘルパーさん, ママさん) or a long loanword for an occupation (ドライバーさん, デザイナーさん).
 */
function isOccupationKatakana(analysis: Analysis, start: number, end: number): boolean {
  const surface = analysis.text.slice(start, end);
  if (end - start < 2 || ROLE_WORDS.has(surface)) return true;
  const tokens = tokensIn(analysis, start, end);
  const commonNoun = tokens.every((token) => token.known && token.pos1 !== '固有名詞');
  return commonNoun && surface.length >= 4 && /ー$/.test(surface);
}

/** ヘルパー, ママ: katakana made only of ordinary dictionary nouns is not a name. */
function isCommonKatakana(analysis: Analysis, start: number, end: number): boolean {
  if (end - start < 2) return true;
  const surface = analysis.text.slice(start, end);
  if (ROLE_WORDS.has(surface)) return true;
  const parts = surface.split(/[・ ]/).filter(Boolean);
  if (parts.some((part) => isPersonName(analysis.morphology.nameReading(part)))) return false;
  const tokens = tokensIn(analysis, start, end);
  return tokens.every((token) => token.known && token.pos1 !== '固有名詞');
}

/** Katakana names with ・, romaji names, self-introductions and signatures. */
function scriptPatternNames(analysis: Analysis): Span[] {
  const { text, morphology } = analysis;
  const spans: Span[] = [];
  for (const match of matchAll(KATAKANA_FULL_NAME, text)) {
    const parts = match[0].split(/[・=＝ \u3000]/);
    const anyName = parts.some(
      (part) => isPersonName(morphology.nameReading(part)) || isNameReading(analysis, part),
    );
    const start = match.index;
    const end = start + match[0].length;
    if (anyName || !isCommonKatakanaParts(analysis, start, end)) spans.push({ start, end });
  }
  for (const match of matchAll(ROMAJI_NAME, text)) {
    // Saya Rudi Hermawan, Hello Maria Santos: greetings and cue words in front are no part of it.
    let words = match[0].split(/[ ・]/);
    let start = match.index;
    while (words.length > 2 && LEADING_CUE_WORD.test(words[0] as string)) {
      start += (words[0] as string).length + 1;
      words = words.slice(1);
    }
    if (words.some((word) => NOT_ROMAJI_NAME.test(word))) continue;
    spans.push({ start, end: match.index + match[0].length });
  }
  for (const match of matchAll(SELF_INTRODUCTION, text)) {
    const name = (match[1] ?? match[2]) as string;
    const start = match.index + match[0].indexOf(name);
    if (ROLE_WORDS.has(name) || !isNameShaped(analysis, start, start + name.length)) continue;
    spans.push({ start, end: start + name.length });
  }
  for (const match of matchAll(LABELLED_FULL_NAME, text)) {
    const name = match[1] as string;
    const start = match.index + match[0].length - name.length;
    if (!ROLE_WORDS.has(name.split(/[ \u3000]/)[0] as string))
      spans.push({ start, end: start + name.length });
  }
  for (const match of matchAll(CALLED_PERSON, text)) {
    const name = match[1] as string;
    if (ROLE_WORDS.has(name) || RELATION_EXACT.test(name) || TITLE_CUE_EXACT.test(name)) continue;
    const tokens = tokensIn(analysis, match.index, match.index + name.length);
    if (tokens.some((t) => t.start < match.index) || morphology.nameReading(name).common) continue;
    spans.push({ start: match.index, end: match.index + name.length });
  }
  const signature = SIGNATURE.exec(text);
  if (signature) {
    const signed = signature[1] as string;
    const at = text.lastIndexOf(signed);
    // 東店長 signs with a title: the name is what comes before it.
    const name = signed.replace(TITLE_AT_END, '');
    if (name.length > 0 && isNameShaped(analysis, at, at + name.length))
      spans.push({ start: at, end: at + name.length });
  }
  for (const match of matchAll(CLOSING_NAME, text)) {
    const name = match[1] as string;
    if (isNameShaped(analysis, match.index, match.index + name.length))
      spans.push({ start: match.index, end: match.index + name.length });
  }
  for (const match of matchAll(ADDRESSEE, text)) {
    const name = match[1] as string;
    if (isNameShaped(analysis, match.index, match.index + name.length)) {
      spans.push({ start: match.index, end: match.index + name.length });
    }
  }
  return spans;
}

/**
 * 東部長 is read 東部|長 ("the eastern part"), so the title is no token of its own: a family name of
 * one to three kanji right before a title still counts, unless it is a rank or a place (本部長, 前課長).
 */
const GLUED_TITLE =
  /(?<![\p{Script=Han}々])([\p{Script=Han}々]{1,3})(?=(?:部長|課長|係長|店長|副店長|社長|所長|院長|園長|師長|主任|次長|工場長|支店長|校長|教頭|先生|施設長|事務長|料理長|寮長|職長|館長|支配人|取締役)(?![\p{Script=Han}]))/gu;
// 准看護師, 塾講師, 市相談員: a kind or a place before the newer titles, never a family name.
const TITLE_QUALIFIER =
  /^[女男名若老美大小元前新現旧副総全次各同当本両故歴代部課室局准正塾県市町村区署]$/;
// Kanji that begin surnames (小濱, 大濱, 中釜) though IPADIC reads them as prefixes.
const NAME_PREFIX = /^[小大中上下北南東西]$/;
const RANK_PREFIX =
  /^(?:本|前|元|新|現|各|同|当|副|総|全|次|旧|両|故|代表|統括|担当|専任|部|課|室|局)/;

function surnamesGluedToTitles(analysis: Analysis): Span[] {
  const spans: Span[] = [];
  for (const match of matchAll(GLUED_TITLE, analysis.text)) {
    // 小濵副|主任: the longer title 副主任 starts inside; the name is what comes before it.
    const inside = titleStartingInside(
      analysis.text,
      match.index,
      match.index + (match[1] as string).length + 1,
    );
    const name = (match[1] as string).slice(
      0,
      inside === undefined ? undefined : inside - match.index,
    );
    if (name.length === 0) continue;
    if (RANK_PREFIX.test(name) || ROLE_WORDS.has(name) || RELATION_EXACT.test(name)) continue;
    const tokens = tokensIn(analysis, match.index, match.index + name.length);
    const unknown = tokens.some((t) => !t.known);
    if (
      !analysis.morphology.nameReading(name).surname &&
      !unknown &&
      !isWordUsedAsSurname(analysis, match.index, name, tokens)
    )
      continue;
    spans.push({ start: match.index, end: match.index + name.length });
  }
  return spans;
}

/**
 * 浜辺係長, 高台課長, 村社長: an ordinary word (one kanji, or one plain noun) right before a title,
 * starting the clause, is a family name unless it names a department, a place or a rank
 * (総務課長, 現場主任, 鹿児島支店長, 新店長).
 */
function isWordUsedAsSurname(
  analysis: Analysis,
  start: number,
  name: string,
  tokens: Token[],
): boolean {
  if (!SURNAME_CLAUSE_START.test(analysis.text[start - 1] ?? '')) return false;
  if (DEPARTMENT.test(name) || TITLE_QUALIFIER.test(name)) return false;
  // 支店長, 副店長: the "name" is the start of a longer title.
  if (TITLE_AT_START.test(analysis.text.slice(start, start + 8))) return false;
  if (name.length === 1) return true;
  const only = tokens.length === 1 ? tokens[0] : undefined;
  return (
    only !== undefined &&
    only.start === start &&
    only.end === start + name.length &&
    only.pos === '名詞' &&
    only.pos1 === '一般'
  );
}

const TITLE_AT_START = new RegExp(`^(?:${TITLE})`);
// Where a family name glued to a title may start: the text, a line, punctuation, a particle.
const SURNAME_CLAUSE_START = /^(?:|[\s。、．，,!?！？:：「『（(]|[のはがもにと])$/u;
// Departments, wards and workplaces that qualify a title (総務課長, 病棟主任, 現場監督).
const DEPARTMENT =
  /^(?:総務|人事|庶務|教務|学務|工務|業務|財務|法務|税務|労務|医局|病棟|外来|店舗|売場|本社|本部|支社|支部|支所|工場|部署|職場|会社|学校|学年|現場|事務|技術|品質|生活|保健|医療|福祉|施設|事業|地域|担当|代表|役員|幹部|直属|次期|当時|同期|先輩|後輩|同僚|上司|部下|夜勤|日勤|主任|部門|女性|男性|若手|新人|新任|前任|後任|歴代|初代|年下|年上|外国人|日本人|中途|新卒|派遣|契約|正社員|社員|臨時|雇われ|鬼|別|他|今|昔|某|例|先|後|実|真|課|係|班|店|園|院|校|局|室|所|署|隊|組)$/;

/** Starts with a possible surname or given name in the dictionary, and is not a plain word. */
function isNameShaped(analysis: Analysis, start: number, end: number): boolean {
  const tokens = tokensIn(analysis, start, end);
  const first = tokens[0];
  if (!first || first.start !== start) return false;
  if (!isKanji(first.surface))
    return (
      !isCommonKatakana(analysis, start, end) &&
      /^[\p{Script=Katakana}ー・]+$/u.test(analysis.text.slice(start, end))
    );
  const reading = analysis.morphology.nameReading(first.surface);
  return isTaggedName(first) || reading.surname;
}

/** ワーク・ライフ・バランス: every part an ordinary word; エコ・レスタリ has a part IPADIC lacks. */
function isCommonKatakanaParts(analysis: Analysis, start: number, end: number): boolean {
  const parts = tokensIn(analysis, start, end).filter(
    (token) => !/^[・=＝ \u3000]$/.test(token.surface),
  );
  return parts.every((token) => token.known && token.pos1 !== '固有名詞');
}

/**
 * 宮路 健吾, 神園彩夏: IPADIC tags the given name but knows nothing of the family name in front.
 * One to three kanji right before a kanji name (one space allowed), starting after a boundary and
 * unknown to the dictionary or read as a family name or place, are the family name.
 */
function withSurnamesBefore(analysis: Analysis, found: Candidate[]): Candidate[] {
  const { text, morphology } = analysis;
  return found.map((c) => {
    if (!isKanji(text.slice(c.start, c.end)) || c.end - c.start > 3) return c;
    const gap = /^[ \u3000]$/.test(text[c.start - 1] ?? '') ? 1 : 0;
    const runEnd = c.start - gap;
    let runStart = runEnd;
    while (runStart > 0 && HAN.test(text[runStart - 1] ?? '') && runEnd - runStart < 4) runStart--;
    const run = text.slice(runStart, runEnd);
    if (run.length === 0 || run.length > 3 || !FAMILY_NAME_BOUNDARY.test(text[runStart - 1] ?? ''))
      return c;
    if (ROLE_WORDS.has(run) || RELATION_EXACT.test(run) || TITLE_CUE_EXACT.test(run)) return c;
    const tokens = tokensIn(analysis, runStart, runEnd);
    if (tokens.some((t) => t.start < runStart || t.end > runEnd)) return c;
    const reading = morphology.nameReading(run);
    const familyLike =
      tokens.some((t) => !t.known) || reading.surname || tokens.every((t) => t.pos2 === '地域');
    return familyLike && !reading.common ? { ...c, start: runStart } : c;
  });
}

// Where a family name may begin: the text's start, a line, punctuation, a label's colon.
const FAMILY_NAME_BOUNDARY = /^(?:|[\s。、．，,.!?！？:：」』)）―—-]|[はのがをにへとも])$/u;

/** こんにちは、桑畑です: a family name after a greeting, before です or と申します. */
const GREETED_NAME =
  /(?:こんにちは|こんばんは|はじめまして|初めまして|おはようございます|お世話になっております|お世話になります|夜分に失礼します)[、,。!！\s]*([\p{Script=Han}々]{2,4}(?:[ \u3000][\p{Script=Han}々]{1,3})?)(?=です|と申します|といいます)/gu;

/** 米盛から「辞めたら損害賠償だ」と言われました: who said the quoted words is a person. */
const QUOTED_SPEAKER =
  /(?<=^|[\s。、！？!?」])([\p{Script=Han}々]{2,4})(?=(?:から|に)、?「[^」]{1,80}」(?:と|って)(?:言われ|怒鳴られ|怒られ|言って|言い|言わ|脅され))/gu;

function greetedNames(analysis: Analysis): Span[] {
  const spans: Span[] = [];
  for (const match of matchAll(QUOTED_SPEAKER, analysis.text)) {
    const name = match[1] as string;
    const tokens = tokensIn(analysis, match.index, match.index + name.length);
    const reading = analysis.morphology.nameReading(name);
    // The quote says a person spoke; a body (会社, 本部, 労基署) may speak too, a word is no name.
    const nameLike =
      tokens.some((t) => !t.known || isTaggedName(t)) ||
      reading.surname ||
      (!reading.common && !/[社部局署所院校課会]$/.test(name));
    if (
      nameLike &&
      !ROLE_WORDS.has(name) &&
      !RELATION_EXACT.test(name) &&
      !TITLE_CUE_EXACT.test(name)
    )
      spans.push({ start: match.index, end: match.index + name.length });
  }
  for (const match of matchAll(GREETED_NAME, analysis.text)) {
    const name = match[1] as string;
    const start = match.index + match[0].length - name.length;
    const tokens = tokensIn(analysis, start, start + name.length);
    const nameLike =
      tokens.some((t) => !t.known || isTaggedName(t)) ||
      analysis.morphology.nameReading(name).surname;
    if (nameLike && !ROLE_WORDS.has(name)) spans.push({ start, end: start + name.length });
  }
  return spans;
}

/** A name found once with a cue is a name everywhere in the same message (佐藤さん … 佐藤は). */
function propagate(analysis: Analysis, found: Candidate[]): Candidate[] {
  const { text } = analysis;
  const names = new Set(
    found.map((c) => text.slice(c.start, c.end)).filter((name) => name.length >= 2),
  );
  const result = [...found];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const token = analysis.tokens[analysis.tokenIndexAt[at] ?? -1];
      if (token && token.start === at)
        result.push(candidate('PERSON', at, at + name.length, Tier.morphology));
    }
  }
  return result;
}

function isKanji(surface: string): boolean {
  return /^[\p{Script=Han}々ヶ]+$/u.test(surface);
}
