import type { Analysis } from '../analysis.ts';
import { hasNameEvidence, tokensIn } from './name-span.ts';

/**
 * Words that say what kind of place something is, not which one: 総合病院, 大学病院, 子ども食堂,
 * メンタルクリニック, 地元の建設会社. A stem made only of these is a description, never a name.
 */
const GENERIC =
  /^(?:総合|大学|市民|近く|近所|地元|個人|専門|精神|心療|大手|小さな|有名|一般|民間|公立|私立|国立|県立|市立|町立|村立|動物|児童|老人|高齢者?|介護|保育|福祉|障害者?|障がい者?|医療|訪問|地域|子育て|支援|相談|就労|職業|保健|健康|学童|放課後|病児|病後児|夜間|救急|休日|当番|整形|整形外科|新しい|同じ|別|前|今|元|次|他|かかりつけ|行きつけ|例|某|近隣|系列|関連|取引|下請け|親|子|子ども|こども|子供|ママ|パパ|歯|眼|内|外|皮膚|耳鼻|産婦人|小児|婦人|心|脳|美容|接骨|整骨|鍼灸|調剤|薬|食品|建設|運送|水産|不動産|有料|特別|養護|住宅|型|付き|サービス|グループ|デイ|ショート|リハビリ|通所|入所|短期|長期|認知症|認可|無認可|認定|企業|主導|小規模|大規模|事業所|院|内|市内|県内|町内|社内|会社|職場|自宅|実家|社員|学生|女子|男子|科|メンタル|レディース|ファミリー|キッズ|ベビー|ペット|ヘア|ネイル|エステ|フィットネス|スポーツ|サポート|ケア|ヘルス|メディカル|デンタル|ホーム|ナイト|コンビニ|スーパー|工場|病院|施設|センター|クリニック|保育園|学校|店|お店|農業|漁業|林業|製造|IT|ソフトウェア|システム|物流|倉庫|配送|営業|本社|支社|支店|本店|寮|少年|少女|青年|婦人会|老人会|町内会|自治会|PTA|相談所|福祉事務所|役所|市役所|区役所|町役場|保健所|警察|消防|家庭|家族|母子|父子|生活|自立|若者|女性|男性|労働|雇用|職業訓練|訓練|発達|療育|言語|音楽|体操|水泳|英会話|学習|進学|受験|料理|理容|ドラッグ|ディスカウント|ナース|看護|シルバー|シルバー人材|人材|ファミリーサポート|ファミサポ|家庭|男女共同参画|消費生活|女性相談|こころ|精神保健|発達支援|包括|包括支援|登|入|退|来|開|閉|ミニ|バレーボール|サッカー|野球|バスケットボール|ミニバス|テニス|卓球|剣道|柔道|空手|ダンス|バレエ|ピアノ|スイミング|ホーム|ショッピング|家電|量販|チェーン|フランチャイズ|ファミレス|居酒屋|カフェ|パン|ケーキ|花|本|靴|服|眼鏡|メガネ|携帯|車|自動車|中古車|バイク|ガソリン|クリーニング|銭湯|温泉|ホテル|旅館|写真|撮影|録音|中古|輸入|県民|町民|村民|区民|都民|府民|道民|文化|勤労者|青少年|ヨガ|バレー|バドミントン|ラグビー|ママさん|ジュニア|貸し|レンタル|音楽スタジオ|左官屋|家具屋)$/;

/**
 * Whether the words before a facility or business suffix name a particular place: any word that
 * is not a description (陽光病院, スマイル水産, 桜島サービス), besides the older evidence of
 * proper nouns, unknown words, hiragana and Latin letters.
 */
export function isNameStem(analysis: Analysis, start: number, end: number): boolean {
  if (end <= start) return false;
  // …sleep well.社員食堂: a sentence ends inside; what follows starts afresh.
  if (/[.!?](?![\w])/.test(analysis.text.slice(start, end))) return false;
  // ひまわりっていうお店: the name is before っていう; the words after it describe it.
  if (/っていう|という|って/.test(analysis.text.slice(start, end))) return false;
  if (hasNameEvidence(analysis, start, end)) return !isOnlyGeneric(analysis, start, end);
  const tokens = tokensIn(analysis, start, end).filter((t) => t.end <= end);
  const first = tokens[0];
  if (
    !first ||
    ['非自立', '代名詞', '副詞可能', '数', 'サ変接続'].includes(first.pos1) ||
    (first.pos1 === '形容動詞語幹' && /[\p{Script=Han}]/u.test(first.surface))
  )
    return false;
  return !isOnlyGeneric(analysis, start, end);
}

/** 写真, 仕事, 駐車場: one ordinary dictionary word, as 職場の写真 has; not enough to be a name alone. */
export function isSingleCommonWord(analysis: Analysis, start: number, end: number): boolean {
  const tokens = tokensIn(analysis, start, end).filter((t) => t.end <= end);
  const only = tokens[0];
  return (
    tokens.length === 1 &&
    only !== undefined &&
    only.known &&
    only.pos === '名詞' &&
    only.pos1 !== '固有名詞' &&
    !/^[ぁ-ゖ]+$/.test(only.surface)
  );
}

function isOnlyGeneric(analysis: Analysis, start: number, end: number): boolean {
  const tokens = tokensIn(analysis, start, end).filter((t) => t.end <= end);
  if (GENERIC.test(analysis.text.slice(start, end))) return true;
  return tokens.every((t) => GENERIC.test(t.surface) || t.pos1 === '接尾' || t.pos === '接頭詞');
}
