import type { Analysis } from '../analysis.ts';
import type { Token } from '../morphology.ts';
import { isNameReading as isKanaNameReading } from './kana-name.ts';

/**
 * Finding where a proper name written next to a cue (株式会社…, …保育園, …さん) begins or ends.
 * Names mix scripts and are often mis-tokenised (ひおき → ひ/おき as verbs, くすのき → くす/の/き),
 * so the walk goes by tokens but only stops at things that cannot be inside a name.
 */
const COMMON_AUXILIARIES =
  /^(?:です|でし|ます|まし|ませ|だ|だっ|た|ない|なかっ|れる|れ|られ|られる|たい|う|ん|ず|せる|させ|な|に|で|て)$/;
const CONTEXT_NOUNS =
  /^(?:近く|近所|地元|市内|県内|町内|村内|職場|会社|勤務|勤務先|大手|系列|隣|向かい|娘|息子|子ども|子供|私|僕|今|最近|前|元|新しい|同じ|実家|自宅|主人|夫|妻|母|父|家族|その|この|あの|どこ|いつも|毎日|月|週|毎週|時々|先|後|次|今度|現在|以前|昔|年|ため|中|内|外|方|所|よう|こと|もの|上|下|地域|当|某|同|各|全|別|他|小さな|大きな|有名|人気|評判|総合|一般)$/;

export function isNameBreak(token: Token): boolean {
  // ASCII punctuation (口座: …) is tokenised as an unknown noun, but it ends a name all the same.
  if (/^[.:;,!?()[\]{}"'<>=/\\|~^→]+$/.test(token.surface)) return true;
  if (
    token.pos === '助詞' ||
    token.pos === '接続詞' ||
    token.pos === '副詞' ||
    token.pos === '連体詞'
  )
    return true;
  if (token.pos === '感動詞' || token.pos === 'フィラー') return !/^[ぁ-ゖ]+$/.test(token.surface);
  if (token.pos === '記号') return !/^[・&＆'ー]$/.test(token.surface);
  if (token.pos === '助動詞') return COMMON_AUXILIARIES.test(token.surface);
  if (token.pos === '動詞' || token.pos === '形容詞')
    return /[\p{Script=Han}]/u.test(token.surface);
  if (token.pos === '名詞' && (token.pos1 === '代名詞' || token.pos1 === '副詞可能')) return true;
  return CONTEXT_NOUNS.test(token.surface);
}

const MAX_NAME = 24;
const PARTICLES_ONLY =
  /^(?:で|に|は|が|を|の|と|も|へ|や|か|から|まで|より|には|では|とは|への|での|からの|までの|にも|でも|とも|など|って)$/;

/** Start of the name that ends at `end` (exclusive), or `end` itself when there is none. */
export function nameStartBefore(analysis: Analysis, end: number): number {
  const { tokens, tokenIndexAt, text } = analysis;
  let start = end;
  let index = end > 0 ? (tokenIndexAt[end - 1] ?? -1) : -1;
  while (index >= 0) {
    const token = tokens[index] as Token;
    if (token.end > end || end - token.start > MAX_NAME) break;
    if (HIRAGANA_ONLY.test(token.surface)) {
      const runStart = hiraganaNameStart(analysis, token.end);
      if (runStart === undefined) break;
      start = runStart;
      if (runStart > hiraganaRunStart(text, token.end)) break;
      index = tokenIndexAt[runStart - 1] ?? -1;
      if (runStart === 0) break;
      continue;
    }
    if (isNameBreak(token) || /\s/.test(token.surface)) break;
    start = token.start;
    index--;
  }
  return start;
}

const HIRAGANA_ONLY = /^[ぁ-ゖ]+$/;

function hiraganaRunStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && /[ぁ-ゖ]/.test(text[start - 1] ?? '')) start--;
  return start;
}

/**
 * IPADIC cuts hiragana names into nonsense (こばと → こ/ば/と, あおぞら → あ/おぞ/ら). Inside a hiragana
 * run the name starts after a particle that follows a whole word (娘が|こばと, 子ども|が|こばと), never
 * after a fragment (日置市立な|が|よし stays ながよし). A run glued to a verb stem is its ending.
 */
function hiraganaNameStart(analysis: Analysis, end: number): number | undefined {
  const { text, tokens, tokenIndexAt } = analysis;
  let runStart = hiraganaRunStart(text, end);
  // 近く|の, 子ども|が: a run that begins inside a word starts after that word.
  const straddling = tokens[tokenIndexAt[runStart] ?? -1];
  if (straddling && straddling.start < runStart) runStart = Math.min(straddling.end, end);
  let best: number | undefined;
  for (let index = tokenIndexAt[runStart] ?? -1; index >= 0 && index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.start >= end) break;
    if (token.pos !== '助詞' || end - token.end < 2 || token.start < runStart) continue;
    const previous = tokens[index - 1];
    // なのはな荘: a particle opening the text or a sentence follows no word, so it ends none.
    const followsWord = runStart > 0 && !/[\s。、！？!?「」()]/.test(text[runStart - 1] ?? '');
    const afterWholeWord =
      (token.start === runStart && followsWord) ||
      (previous !== undefined && previous.start < runStart && previous.pos !== '記号');
    if (afterWholeWord) best = token.end;
  }
  // 入っ|て|いる|さつま: a name never begins inside ている, ておく …; it starts after them.
  for (let index = tokenIndexAt[runStart] ?? -1; index > 0 && index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.end > end - 2) break;
    const afterTe = /^[てで]$/.test((tokens[index - 1] as Token).surface);
    if (token.start >= runStart && afterTe && AUXILIARY_VERB.test(token.surface))
      best = Math.max(best ?? runStart, token.end);
  }
  const start = best ?? runStart;
  if (end - start < 2) return undefined;
  // いた|保育園 is a verb's ending; ひな|た, ほた|る保育園 are names IPADIC ends like one.
  if (INFLECTED_ENDING.test(text.slice(start, end)) && !isNounRun(analysis, start, end))
    return undefined;
  const lastIndex = tokenIndexAt[end - 1] ?? -1;
  const last = tokens[lastIndex];
  // ま|ほろ|ば美容院: a run IPADIC opens with a filler and cuts into three pieces is no phrase.
  const first = tokens[tokenIndexAt[start] ?? -1];
  const cutFromFiller =
    end - start >= 4 &&
    lastIndex - (tokenIndexAt[start] ?? lastIndex) >= 2 &&
    (first?.pos === 'フィラー' || first?.pos === '感動詞');
  if (
    last?.pos === '助詞' &&
    !cutFromFiller &&
    !endsNameFragment(tokens[lastIndex - 1], start, end - start) &&
    !endsShopName(analysis, start, last)
  ) {
    return undefined;
  }
  return start;
}

/**
 * こ|ば|と保育所, わか|た|け酒造: IPADIC ends a hiragana name with a "particle" when it cuts the name
 * into fragments. The particle is the name's last sound when what precedes it in the run is no
 * word of its own (a particle, an auxiliary, a one-kana verb), and the run is long enough.
 */
function endsNameFragment(previous: Token | undefined, start: number, length: number): boolean {
  if (!previous || previous.start < start || length < 3) return false;
  return (
    previous.pos === '助詞' ||
    previous.pos === '助動詞' ||
    (previous.pos !== '名詞' && previous.surface.length === 1)
  );
}

/** Three or more kana with no verb or adjective among their tokens. */
function isNounRun(analysis: Analysis, start: number, end: number): boolean {
  if (end - start < 3) return false;
  return tokensIn(analysis, start, end).every(
    (token) => token.pos !== '動詞' && token.pos !== '形容詞' && token.start >= start,
  );
}

/**
 * ふく|や食堂, はや|と観光: や or と glued to the business word after it can end a shop's name.
 * …や is a shop (屋) after two or three kana that are no common plural (こども, みんな); …と only
 * when the whole run reads as a name (はやと, みなと), so that ともだちと食堂 stays a sentence.
 */
function endsShopName(analysis: Analysis, start: number, last: Token): boolean {
  const { text } = analysis;
  if (!/[\p{Script=Han}\p{Script=Katakana}]/u.test(text[last.end] ?? '')) return false;
  const stem = text.slice(start, last.start);
  if (last.surface === 'や')
    return (
      stem.length >= 2 && stem.length <= 3 && !/^(?:こども|みんな|おや|これ|それ|あれ)$/.test(stem)
    );
  return last.surface === 'と' && stem.length >= 2 && isKanaNameReading(analysis, `${stem}と`);
}

const AUXILIARY_VERB =
  /^(?:いる|いた|ある|あった|おる|くる|きた|いく|いった|しまう|しまった|おく|みる|もらう|くれる|あげる)$/;
const INFLECTED_ENDING = /(?:る|た|だ|ない|ます|です|て|で|れる|たい|せる|ような|ように)$/;

/** End of the name that starts at `start`, or `start` itself when there is none. */
export function nameEndAfter(analysis: Analysis, start: number): number {
  const { tokens, tokenIndexAt, text } = analysis;
  let from = start;
  // かのや設備, ひおき精工: a hiragana run glued to the next word is part of the name
  // unless it ends with a particle before a verb (みなみで働いて).
  if (/[ぁ-ゖ]/.test(text[start] ?? '')) {
    let runEnd = start;
    while (/[ぁ-ゖ]/.test(text[runEnd] ?? '')) runEnd++;
    // 株式会社で働く, (株)では: a bare particle is no name (but かのや設備 is one)
    if (PARTICLES_ONLY.test(text.slice(start, runEnd))) return start;
    const lastToken = tokens[tokenIndexAt[runEnd - 1] ?? -1];
    const next = tokens[tokenIndexAt[runEnd] ?? -1];
    // あさぎから無理を: から, まで, より … end a phrase even before a noun.
    const longParticle = lastToken?.pos === '助詞' && lastToken.surface.length >= 2;
    const particleBeforeVerb =
      lastToken?.pos === '助詞' && (!next || next.pos !== '名詞' || longParticle);
    if (
      /[\p{Script=Han}\p{Script=Katakana}A-Za-z]/u.test(text[runEnd] ?? '') &&
      !particleBeforeVerb
    ) {
      from = runEnd;
    }
  }
  let end = from;
  const collected: Token[] = [];
  for (let index = tokenIndexAt[from] ?? -1; index >= 0 && index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.start < from) continue;
    if (isNameBreak(token) || /\s/.test(token.surface) || token.end - start > MAX_NAME) break;
    collected.push(token);
  }
  // A trailing hiragana verb or auxiliary is the sentence going on, not the name.
  while (collected.length > 0) {
    const last = collected[collected.length - 1] as Token;
    if ((last.pos === '動詞' || last.pos === '助動詞') && /^[ぁ-ゖ]+$/.test(last.surface))
      collected.pop();
    else break;
  }
  const last = collected[collected.length - 1];
  if (last) end = last.end;
  return end;
}

/** The hiragana name right after a facility type (デイサービスなごみ, 認定こども園つばさ). */
export function hiraganaNameAfter(analysis: Analysis, start: number): number {
  const { text, tokens, tokenIndexAt } = analysis;
  let end = start;
  while (end < text.length && /[ぁ-ゖ]/.test(text[end] ?? '')) end++;
  const first = tokens[tokenIndexAt[start] ?? -1];
  if (!first || first.start !== start || first.pos === '助詞') return start;
  for (let index = tokenIndexAt[start] ?? -1; index >= 0 && index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.start >= end) break;
    if (token.pos === '助詞') return token.start - start >= 2 ? token.start : start;
  }
  return end - start >= 2 && /^(?:[\s、。,.!?！？)」]|$)/.test(text[end] ?? '') ? end : start;
}

/** Whether the words before a facility suffix are a name rather than a description (総合病院, 近くの病院). */
export function hasNameEvidence(analysis: Analysis, start: number, end: number): boolean {
  if (end <= start) return false;
  const slice = analysis.text.slice(start, end);
  if (/[A-Za-z]/.test(slice)) return true;
  const tokens = tokensIn(analysis, start, end);
  // ため, ところ, みんな: hiragana function nouns are not names
  const contentHiragana = tokens.some(
    (token) =>
      /^[ぁ-ゖ]+$/.test(token.surface) &&
      !['非自立', '代名詞', '副詞可能', '名詞接続'].includes(token.pos1) &&
      // 名前|の|お店: の joining two plain words, before an honorific お, is no part of a name.
      !(
        token.pos1 === '連体化' && /^[おご]$/.test(tokens[tokens.indexOf(token) + 1]?.surface ?? '')
      ),
  );
  if (/[ぁ-ゖ]{2,}/.test(slice) && contentHiragana && !GENERIC_HIRAGANA.test(slice)) return true;
  for (const token of tokens) {
    if (token.pos1 === '固有名詞' || !token.known) return true;
  }
  return false;
}

const GENERIC_HIRAGANA = /^(?:こども|子ども|おもちゃ|ふれあい|すこやか|みんな|みんなの)$/;

export function tokensIn(analysis: Analysis, start: number, end: number): Token[] {
  const result: Token[] = [];
  let index = analysis.tokenIndexAt[start] ?? -1;
  for (; index >= 0 && index < analysis.tokens.length; index++) {
    const token = analysis.tokens[index] as Token;
    if (token.start >= end) break;
    result.push(token);
  }
  return result;
}
