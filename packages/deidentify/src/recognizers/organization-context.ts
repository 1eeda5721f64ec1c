import { candidate, matchAll, type Analysis } from '../analysis.ts';
import { Tier, type Candidate } from '../types.ts';
import { hasNameEvidence, nameEndAfter, nameStartBefore, tokensIn } from './name-span.ts';
import { HONORIFIC, ROLE_WORDS, TITLE } from '../vocabulary.ts';
import { isNameStem, isSingleCommonWord } from './organization-stem.ts';

/**
 * Organisations known only from context: 子会社の○○, 勤め先は○○, ○○っていうお店, 就労支援の○○.
 * The name has no legal form and no facility word, so the words around it must say what it is.
 */
const BEFORE_NAME =
  /(?:子会社|孫会社|グループ会社|関連会社|親会社|系列会社|取引先|派遣先|出向先|転職先|就職先|勤め先|勤務先|職場(?=は)|パート先|バイト先|実習先|研修先|通所先|就労支援|就労移行支援|作業所|委託先|下請け|元請け?|系列|配属先|納品先|所属先|移籍先|相談支援|訪問介護|訪問看護|通い先)(?:の|は|:|、)\s?/g;
// いま働いているほたるは, 娘が通っているさくら塾: a place named right after the clause that
// says the writer's family works, studies or is cared for there.
const RELATIVE_CLAUSE =
  /(?:働いている|働いてる|勤めている|勤めてる|勤務している|通っている|通ってる|所属している|所属してる|在籍している|入所している|お世話になっている)/g;
const AFTER_NAME =
  /(?:っていう|という|って)(?:名前の)?(?:小さな|大きな|地元の)?(?:デイサービス|デイケア|グループホーム|老人ホーム|学童|学習塾|ジム|道場|工務店|事務所|整骨院|接骨院|薬局|スナック|バー|劇団|サークル|教室|支援機関|監理団体|派遣会社|お店|店|カフェ|スーパー|居酒屋|会社|工場|病院|クリニック|施設|保育園|幼稚園|事業所|チーム|クラブ|ところ|所|塾|スナック|ラーメン屋|パン屋|食堂|美容室|サロン|ホテル|旅館|農園|作業所|団体|法人|NPO)/g;
// 「こかげ」という雑貨屋さん, かざぐるまっていう介護の会社: a trade word before the head noun.
const QUALIFIED_AFTER_NAME =
  /(?:っていう|という)(?:小さな|大きな|地元の)?[\p{Script=Han}\p{Script=Katakana}ー]{1,6}の?(?:屋|店|会社|工場|事業所|施設|クリニック|病院|カフェ|サロン|食堂|教室|スクール|クラブ|チーム|農園|工務店)(?![\p{Script=Han}])/gu;

// 支援機関のつなぐ, 所属チーム：ブルーウェーブ, 前の会社（ひかり技研）: bodies whose name is all
// the sentence gives; after these cues even a katakana dictionary word (ブリッジ) is a name.
const NAMED_BODY_BEFORE =
  /(?:登録支援機関|支援機関|監理団体|受け?入れ先|受入先|受け?入れ企業|実習実施者|派遣元|雇用主|所属チーム|所属先?|会社名|店名|施設名|事業所名|チーム名|団体名|(?:前|以前|元|今|新しい)の(?:会社|職場|勤め先|勤務先|派遣先|施設)|元職場)(?:の|は|:|、|\()\s?/g;
// あすなろの子会社, ミライズの関連会社: a name said to own or run a workplace.
const OWNER_OF =
  /の(?:子会社|孫会社|関連会社|グループ会社|系列会社|系列店|親会社|下請け|孫請け|元請け|本社|社員寮)/g;
// たんぽぽに通っています, なごみ苑に入所, 丸八水産を経営: a place the family goes to or runs.
const ATTENDED =
  /(?:に|へ)(?:入所|入居|通所|通園|入園|入社|就職|転職|出向|通って|通わせ|通う|通い|勤めて)|を(?:経営|運営|退職|退所|退園|辞め)/g;

export function contextOrganizations(analysis: Analysis): Candidate[] {
  const { text } = analysis;
  const found: Candidate[] = [];
  for (const match of matchAll(NAMED_BODY_BEFORE, text)) {
    const start = match.index + match[0].length;
    let end = nameEndAfter(analysis, start);
    // 支援機関のなの|はな|です: a hiragana name cut by particles ends where the sentence goes on.
    if (/[ぁ-ゖ]/.test(text[start] ?? '')) end = Math.max(end, kanaNameEndBefore(text, start));
    if (end - start < 2 || !isNameStem(analysis, start, end)) continue;
    const rest = text.slice(end, end + 5);
    if (PERSON_AFTER.test(rest) || PERSON_END.test(text.slice(start, end))) continue;
    const named = NAMED.test(rest) || CASE_ENDING.test(rest);
    if (named && (isKanaOnly(text.slice(start, end)) || !isSingleCommonWord(analysis, start, end)))
      found.push(candidate('ORGANIZATION', start, end, Tier.structure));
  }
  for (const match of [...matchAll(OWNER_OF, text), ...matchAll(ATTENDED, text)]) {
    const span = ownedOrAttended(analysis, match.index, /^[のを]/.test(match[0]));
    if (span) found.push(candidate('ORGANIZATION', span.start, span.end, Tier.structure));
  }
  for (const match of [...matchAll(BEFORE_NAME, text), ...matchAll(RELATIVE_CLAUSE, text)]) {
    const start = match.index + match[0].length;
    const end = nameEndAfter(analysis, start);
    if (end - start < 2 || !isNameStem(analysis, start, end)) continue;
    // いま働いている職場は: after a relative clause only a name, never an ordinary word.
    if (match[0].endsWith('る') && !hasNameEvidence(analysis, start, end)) continue;
    const rest = text.slice(end, end + 5);
    if (PERSON_AFTER.test(rest) || PERSON_END.test(text.slice(start, end))) continue;
    // 勤め先は陽光です: after は the name must be said to be one; after の it must not be a plain word.
    const named = /[は:]\s?$/.test(match[0]) ? NAMED.test(rest) : CASE_ENDING.test(rest);
    if (named && (NAMED.test(rest) || !isSingleCommonWord(analysis, start, end))) {
      found.push(candidate('ORGANIZATION', start, end, Tier.structure));
    }
  }
  for (const match of [...matchAll(AFTER_NAME, text), ...matchAll(QUALIFIED_AFTER_NAME, text)]) {
    // 「こかげ」という: the name is what the brackets hold.
    const quoted = /[「『]([^「」『』]{2,20})[」』]$/u.exec(
      text.slice(Math.max(0, match.index - 22), match.index),
    );
    if (quoted) {
      const end = match.index - 1;
      found.push(
        candidate('ORGANIZATION', end - (quoted[1] as string).length, end, Tier.structure),
      );
      continue;
    }
    // ニコニコという: IPADIC reads a katakana name as an adverb; the run before the cue is the name.
    const kana = /(?:[\p{Script=Katakana}ー]{2,}|[ぁ-ゖ]{3,})$/u.exec(text.slice(0, match.index));
    let start = nameStartBefore(analysis, match.index);
    if (start === match.index && kana && /[\p{Script=Katakana}]/u.test(kana[0]))
      start = match.index - kana[0].length;
    if (match.index - start >= 2 && isNameStem(analysis, start, match.index)) {
      found.push(candidate('ORGANIZATION', start, match.index, Tier.structure));
    }
  }
  return found;
}

const NAMED = /^(?:です|でした|という|っていう|って|で(?:働|勤|パート|バイト|、)|、|。|\)|$)/;
const CASE_ENDING = /^(?:[にでのへとはがを、。)」\s]|です|でした|という|っていう|って|まで|から|$)/;
const PERSON_AFTER = new RegExp(`^(?:${HONORIFIC}|${TITLE})`);
const PERSON_END = new RegExp(`(?:${HONORIFIC}|${TITLE})$`);

const FACILITY_END =
  /(?:クリニック|センター|ホーム|サービス|ケア|スクール|クラブ|ジム|サロン|ステーション|病院|医院|学校|園|所)$/;
const KANA_ONLY = /^(?:[ぁ-ゖー]+|[\p{Script=Katakana}ー・]+)$/u;

function isKanaOnly(surface: string): boolean {
  return KANA_ONLY.test(surface);
}

// やすらぎの郷, ふれあいの里: a kana word, の and a place word make one name.
const KANA_THEN_PLACE = /(?:[ぁ-ゖ]{2,}|[\p{Script=Katakana}ー]{2,})の$/u;
const PLACE_WORD = /^[里郷家森丘杜苑荘舎]$/u;

/**
 * The name before a cue that says it is owned, attended or run. It must look like a name
 * (hiragana content, a proper noun, an unknown word, Latin letters; katakana after an owner cue),
 * never a place alone (東京に転職) nor a role word (父に…).
 */
function ownedOrAttended(
  analysis: Analysis,
  cue: number,
  owner: boolean,
): { start: number; end: number } | undefined {
  const { text } = analysis;
  let start = nameStartBefore(analysis, cue);
  // こもれ|びの|子会社: IPADIC glues a hiragana name to the cue; the kana run before it is the name.
  // 娘は|なの|はな|の子会社: a hiragana name cut by particles is the whole run.
  if (cue - start < 2 || /[ぁ-ゖ]/.test(text[start - 1] ?? ''))
    start = Math.min(start, kanaRunStart(text, cue));
  if (PLACE_WORD.test(text.slice(start, cue)) && KANA_THEN_PLACE.test(text.slice(0, start))) {
    const kanaStart = nameStartBefore(analysis, start - 1);
    if (start - 1 - kanaStart >= 2) start = kanaStart;
  }
  if (cue - start < 2 || !isNameStem(analysis, start, cue)) return undefined;
  const surface = text.slice(start, cue);
  if (ROLE_WORDS.has(surface) || PERSON_END.test(surface)) return undefined;
  const tokens = tokensIn(analysis, start, cue).filter((t) => t.end <= cue);
  // 東京に転職: a place written in kanji is where, not who; みどり (also a place) is a name.
  const placeOnly = tokens.every((t) => t.pos2 === '地域' || t.pos1 === '接尾');
  if (tokens.length > 0 && placeOnly && /[\p{Script=Han}]/u.test(surface)) return undefined;
  // A person's name before の子会社 is rare; one before に通って is common (田中さんに).
  if (!owner && tokens.some((t) => t.pos2 === '人名')) return undefined;
  // 実家|の|お店: a particle or an honorific prefix before a plain word opens no name.
  const first = tokens[0];
  // メンタルクリニックに通って: a facility word ends it; the suffix rules decide on those.
  if (FACILITY_END.test(surface)) return undefined;
  if (
    /^の(?:[おご]|\p{Script=Han})/u.test(surface) ||
    (first?.pos1 === '名詞接続' && first.surface.length === 1)
  )
    return undefined;
  const katakana = /^[\p{Script=Katakana}ー・]{3,}$/u.test(surface);
  return hasNameEvidence(analysis, start, cue) || (owner && katakana)
    ? { start, end: cue }
    : undefined;
}

/** Start of the hiragana run ending at `end`, after a particle that follows a word (娘は|こもれび). */
function kanaRunStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && /[ぁ-ゖ]/.test(text[start - 1] ?? '')) start--;
  const afterWord = start > 0 && /[\p{Script=Han}\p{Script=Katakana}]/u.test(text[start - 1] ?? '');
  if (afterWord && /^[はがをにもでとへ]/.test(text.slice(start, end))) start++;
  return end - start >= 3 ? start : end;
}

const AFTER_KANA_NAME = /^(?:です|でした|から|まで|[にでのはがをと、。)」\s]|$)/;

/** End of the shortest hiragana run (three or more) at `start` that the sentence goes on after. */
function kanaNameEndBefore(text: string, start: number): number {
  let runEnd = start;
  while (/[ぁ-ゖ]/.test(text[runEnd] ?? '')) runEnd++;
  for (let end = start + 3; end <= runEnd; end++) {
    if (AFTER_KANA_NAME.test(text.slice(end, end + 3))) return end;
  }
  return start;
}
