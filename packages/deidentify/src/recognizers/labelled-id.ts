import { candidate, matchAll, type Recognizer } from '../analysis.ts';
import { Tier, type Candidate } from '../types.ts';

// Words that announce an identifier; the value after them is labelled, the word is not.
const LABEL = [
  '(?:社員|従業員|職員|会員|患者|利用者|学籍|生徒|受付|整理|管理|相談|ケース|受給者証?|被保険者|保険者|基礎年金|年金|雇用保険|労働保険|口座|免許証?|運転免許証?|籍|登録|資格|在留カード|パスポート|旅券|証明書|診察券|個人|マイ)(?:番号|No\\.?|ID|コード)',
  '記号',
  '(?<!電話|携帯|郵便|部屋|FAX|ファックス|ファクス)番号',
  '枝番',
  '口座',
  '普通(?:預金)?',
  '当座(?:預金)?',
  '在留カード',
  'パスポート',
  '社員ID',
  'ID(?=\\s?(?:は|:)\\s?\\d)',
  // Labels of real forms without 番号 at the end (マイナンバー, 個人番号カード, 記号・番号).
  'マイナンバー(?:カード)?',
  '個人番号カード',
  'No\\.?',
].join('|');

const LABELLED_VALUE = new RegExp(
  `(?:${LABEL})(?:\\s|は|が|:|=|の|、|（|\\(|「|『|【|\\[|#|→|も)*(?:(?:普通|当座)(?:預金)?\\s?)?([A-Z]{0,3}[- ]?\\d(?:[\\d-]*\\d)?(?: \\d{3,}(?:-\\d+)*)*(?:[A-Z]{1,2})?)(?![\\d])`,
  'g',
);
// Insurance 記号 may contain kana or kanji: 記号 鹿児-12
const INSURANCE_SYMBOL = /記号(?:\s|は|:|、)*([\p{Script=Han}ァ-ヺA-Za-z]{1,4}[- ]?\d[\d-]*)/gu;
// 記号・番号：12345・67 — one label for both parts of an insurance card, each part its own span.
const SYMBOL_AND_NUMBER =
  /記号\s?[・･/]\s?番号(?:\s|は|:|「|\()*([\p{Script=Han}A-Za-z]{0,4}\d+)\s?[・･/]\s?(\d+)/gu;
const REGISTRATION = /第\s?(\d{5,})\s?号/g;
const PASSPORT = /(?<![A-Za-z0-9])[A-Z]{2}\d{7}(?![A-Za-z0-9])/g;
const RESIDENCE_CARD = /(?<![A-Za-z0-9])[A-Z]{2}\d{8}[A-Z]{2}(?![A-Za-z0-9])/g;
// 鹿児島 580 な 12-34 / 品川300あ1234 / 横浜 500 さ ・・12
const PLATE =
  /(?<![一-龥])[一-龥]{1,4}\s?\d{2,3}\s?[ぁ-ゖA-Z]\s?(?:\d{1,2}-\d{2}|\d{4}|[・.]{1,3}\s?\d{1,3})(?![\d-])/g;

export const recognizeLabelledIds: Recognizer = ({ text }) => {
  const found: Candidate[] = [];
  for (const match of matchAll(LABELLED_VALUE, text)) {
    const value = match[1] as string;
    const start = match.index + match[0].length - value.length;
    if (looksLikeQuantity(text, start + value.length)) continue;
    found.push(candidate('ID', start, start + value.length, Tier.validated));
  }
  for (const match of matchAll(INSURANCE_SYMBOL, text)) {
    const value = match[1] as string;
    const start = match.index + match[0].length - value.length;
    found.push(candidate('ID', start, start + value.length, Tier.validated));
  }
  for (const match of matchAll(SYMBOL_AND_NUMBER, text)) {
    const symbol = match[1] as string;
    const number = match[2] as string;
    const symbolStart =
      match.index + match[0].lastIndexOf(symbol, match[0].length - number.length - 1);
    const numberStart = match.index + match[0].length - number.length;
    found.push(candidate('ID', symbolStart, symbolStart + symbol.length, Tier.validated));
    found.push(candidate('ID', numberStart, numberStart + number.length, Tier.validated));
  }
  for (const match of matchAll(REGISTRATION, text)) {
    const digits = match[1] as string;
    const start = match.index + match[0].indexOf(digits);
    found.push(candidate('ID', start, start + digits.length, Tier.validated));
  }
  for (const pattern of [PASSPORT, RESIDENCE_CARD, PLATE]) {
    for (const match of matchAll(pattern, text)) {
      found.push(candidate('ID', match.index, match.index + match[0].length, Tier.validated));
    }
  }
  return found;
};

/** 番号は3つ, 記号は2回…: a counter right after the number means it is a quantity, not an ID. */
function looksLikeQuantity(text: string, end: number): boolean {
  return /^(?:つ|回|個|人|件|日|時|分|歳|才|円|年|月|週|度|%|割|枚|本|番目)/.test(
    text.slice(end, end + 2),
  );
}
