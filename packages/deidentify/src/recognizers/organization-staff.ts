import { candidate, matchAll, type Analysis } from '../analysis.ts';
import { Tier, type Candidate } from '../types.ts';
import { ROLE_WORDS } from '../vocabulary.ts';
import { nameEndAfter, nameStartBefore, tokensIn } from './name-span.ts';
import { isNameStem, isSingleCommonWord } from './organization-stem.ts';

/**
 * Organisations known only from what surrounds them, with no legal form or facility word:
 * 近所の青葉整体の店主 (a shop by its keeper), お世話になっている紫苑の職員さん (a care place by its
 * staff), 以前いたまほろば会館から (a former workplace), 派遣会社の紹介で、リブレに (a placement).
 */
// The staff of a place, said after its name: only shops, offices and care places have these.
const STAFF_AFTER =
  /の(?:店主|大将|女将|おかみ|マスター|店員さん|職員さん|スタッフさん|スタッフの|オーナー|従業員|保護者会|利用者さん)/g;
// The clause before that says the family uses or works at the place.
const USED_BEFORE =
  /(?:お世話になっている|お世話になってる|通っている|通ってる|働いている|働いてる|勤めている|入っている|入所している|利用している|近所の|地元の|行きつけの|なじみの|馴染みの)$/;
// 以前いた, 前にいた, 去年までいた: the writer's former workplace follows.
const FORMER_PLACE = /(?:以前|前に|昔|去年まで|先月まで|今まで|若い頃)いた/g;
// 派遣会社の紹介で、リブレに行っています.
const PLACEMENT = /(?:派遣会社|派遣元|紹介会社|ハローワーク|知人|友人|学校)の紹介で、?/g;
const CASE_AFTER = /^(?:から|で|に|の|を|は|が|へ|って|という|、|。)/;

// Words that name a kind of place, never one place (歯医者の先生, 教会の職員さん).
const KIND_OF_PLACE =
  /^(?:デイ|デイサービス|デイケア|ショート|ショートステイ|グループホーム|ヘルパー|訪問|包括|作業所|歯医者|医者|眼医者|床屋|教会|お寺|寺|神社|役場|郵便局|銀行|交番|駅|図書館|公民館|児童館|体育館|市場|現場|部署|病棟|現地|実家|親戚|隣|向かい|店|お店|そこ|ここ|あそこ|同じ|別|前|今|次|窓口|相談窓口|役所|市役所|会社|職場|ハローワーク|労基署|労働基準監督署|ナースセンター|保健センター|児童相談所|福祉事務所|社協|社会福祉協議会)$/;

export function staffedOrganizations(analysis: Analysis): Candidate[] {
  const { text } = analysis;
  const found: Candidate[] = [];
  for (const match of matchAll(STAFF_AFTER, text)) {
    const end = match.index;
    const start = nameStartBefore(analysis, end);
    if (end - start < 2 || !isNameStem(analysis, start, end) || isPlaceOrKind(analysis, start, end))
      continue;
    // 大口の職員さん: one plain word is a name only when the clause says the family goes there.
    const used = USED_BEFORE.test(text.slice(Math.max(0, start - 12), start));
    if (!used && isSingleCommonWord(analysis, start, end) && !isKana(text.slice(start, end)))
      continue;
    found.push(candidate('ORGANIZATION', start, end, Tier.structure));
  }
  for (const match of [...matchAll(FORMER_PLACE, text), ...matchAll(PLACEMENT, text)]) {
    const start = match.index + match[0].length;
    const end = nameEndAfter(analysis, start);
    if (end - start < 2 || !CASE_AFTER.test(text.slice(end, end + 3))) continue;
    if (!isNameStem(analysis, start, end) || isPlaceOrKind(analysis, start, end)) continue;
    if (isSingleCommonWord(analysis, start, end) && !isKana(text.slice(start, end))) continue;
    found.push(candidate('ORGANIZATION', start, end, Tier.structure));
  }
  return found;
}

/**
 * 以前いた|まほろば会館: where a cue of this file ends inside a span another rule found (reading the
 * verb before a kana name as part of it), the name starts after the cue.
 */
export function trimmedAfterCues(text: string, found: Candidate[]): Candidate[] {
  const cueEnds = [...matchAll(FORMER_PLACE, text), ...matchAll(PLACEMENT, text)].map(
    (match) => match.index + match[0].length,
  );
  return found.map((c) => {
    const cut = cueEnds.find((end) => c.start < end && end < c.end);
    return cut === undefined ? c : { ...c, start: cut };
  });
}

/** 東京, 鹿児島 (a place alone), 歯医者 (a kind of place), 父 (a person): not a name. */
function isPlaceOrKind(analysis: Analysis, start: number, end: number): boolean {
  const surface = analysis.text.slice(start, end);
  if (KIND_OF_PLACE.test(surface) || ROLE_WORDS.has(surface)) return true;
  const tokens = tokensIn(analysis, start, end).filter((t) => t.end <= end);
  // この相談窓口, その店: a demonstrative points at a place already known, it names none.
  // のお店: a particle or the polite お opens no name.
  if (['連体詞', '助詞', '接頭詞'].includes(tokens[0]?.pos ?? '')) return true;
  return tokens.length > 0 && tokens.every((t) => t.pos2 === '地域' || t.pos2 === '人名');
}

function isKana(surface: string): boolean {
  return /^(?:[ぁ-ゖー]+|[\p{Script=Katakana}ー]+)$/u.test(surface);
}
