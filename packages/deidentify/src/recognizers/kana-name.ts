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
    if (!endsWord(analysis, end)) continue;
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

/** ありが|とう: a name cannot end inside a word IPADIC knows (only inside an unknown one). */
function endsWord(analysis: Analysis, end: number): boolean {
  const token = analysis.tokens[analysis.tokenIndexAt[end - 1] ?? -1];
  return !token || token.end === end || !token.known;
}
