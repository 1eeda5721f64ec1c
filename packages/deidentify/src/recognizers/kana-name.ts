import { toKatakana } from 'wanakana';
import type { Analysis } from '../analysis.ts';

const KANA_RUN = /^(?:[ぁ-ゖー]+|[\p{Script=Katakana}ー]+)/u;
const LONGEST_NAME = 6;

/** Whether a kana or romaji string reads as a given name or a family name in IPADIC (ユイ, ワタナベ). */
export function isNameReading(analysis: Analysis, kana: string): boolean {
  const reading = toKatakana(kana);
  return (
    analysis.morphology.givenNameReadings.has(reading) ||
    analysis.morphology.surnameReadings.has(reading)
  );
}

/**
 * End of the longest kana name at `start` that reads as a name and is followed by something
 * `endsName` accepts (のぞみが, さきと, ケンタは); IPADIC cuts such names into particles, so the
 * reading decides instead of the tokens.
 */
export function kanaNameEnd(
  analysis: Analysis,
  start: number,
  endsName: (rest: string) => boolean,
): number | undefined {
  const run = KANA_RUN.exec(analysis.text.slice(start, start + 12))?.[0] ?? '';
  for (let length = Math.min(run.length, LONGEST_NAME); length >= 2; length--) {
    const end = start + length;
    if (insideWord(analysis, start, end) || isFunctionWord(analysis, start, end)) continue;
    if (
      isNameReading(analysis, run.slice(0, length)) &&
      endsName(analysis.text.slice(end, end + 6))
    )
      return end;
  }
  return undefined;
}

/** Loanwords that follow 夫の/上司の as often as names do, and are no names. */
export const LOANWORD =
  /(?:ハラ|ハラスメント)$|^(?:スマホ|ゲーム|アトピー|アレルギー|リハビリ|ケアマネ|デイ|ショート|シフト|パート|バイト|ワンオペ|メンタル|ストレス|ブログ|インスタ|ライン|メール|キャリア|ママ友|パパ友|ママ|パパ|コロナ|ワクチン|ギャンブル|アルコール|ハンコ|パソコン|スマートフォン|タブレット|サイト|アカウント|グループ|チーム|メンバー|リーダー|マネージャー|スタッフ|パートナー|ケア|サポート|フォロー|ミス|クレーム|ノルマ|プレッシャー|ルール|マニュアル|ミーティング|シングル|ステップ|ペース|レベル|スキル|トラブル|ストーカー|モラハラ|DV)$/;

/** ありが|とう: a name is never the head of a longer word IPADIC knows. */
function insideWord(analysis: Analysis, start: number, end: number): boolean {
  const token = analysis.tokens[analysis.tokenIndexAt[end - 1] ?? -1];
  return Boolean(token && token.known && token.start <= start && token.end > end);
}

// Verbs and auxiliaries are left out: after の they can only be a name cut wrongly (まい, ゆう|と).
const FUNCTION_POS = new Set(['副詞', '連体詞', '接続詞', '感動詞']);
const FUNCTION_NOUN = new Set(['非自立', '代名詞', '副詞可能', '数', '接尾']);

/** ため, こと, みんな: one dictionary word that is a function word, not a name read alike. */
function isFunctionWord(analysis: Analysis, start: number, end: number): boolean {
  const token = analysis.tokens[analysis.tokenIndexAt[start] ?? -1];
  if (!token || !token.known || token.start !== start || token.end !== end) return false;
  return FUNCTION_POS.has(token.pos) || FUNCTION_NOUN.has(token.pos1);
}
