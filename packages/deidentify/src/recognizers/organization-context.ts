import { candidate, matchAll, type Analysis } from '../analysis.ts';
import { Tier, type Candidate } from '../types.ts';
import { hasNameEvidence, nameEndAfter, nameStartBefore } from './name-span.ts';
import { HONORIFIC, TITLE } from '../vocabulary.ts';
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
  /(?:っていう|という|って)(?:名前の)?(?:小さな|大きな|地元の)?(?:お店|店|カフェ|スーパー|居酒屋|会社|工場|病院|クリニック|施設|保育園|幼稚園|事業所|チーム|クラブ|ところ|所|塾|スナック|ラーメン屋|パン屋|食堂|美容室|サロン|ホテル|旅館|農園|作業所|団体|法人|NPO)/g;
// 「こかげ」という雑貨屋さん, かざぐるまっていう介護の会社: a trade word before the head noun.
const QUALIFIED_AFTER_NAME =
  /(?:っていう|という)(?:小さな|大きな|地元の)?[\p{Script=Han}\p{Script=Katakana}ー]{1,6}の?(?:屋|店|会社|工場|事業所|施設|クリニック|病院|カフェ|サロン|食堂|教室|スクール|クラブ|チーム|農園|工務店)(?![\p{Script=Han}])/gu;

export function contextOrganizations(analysis: Analysis): Candidate[] {
  const { text } = analysis;
  const found: Candidate[] = [];
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
    const start = nameStartBefore(analysis, match.index);
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
