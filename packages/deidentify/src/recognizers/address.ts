import { candidate, matchAll, type Analysis, type Recognizer } from '../analysis.ts';
import type { Token } from '../morphology.ts';
import { Tier, type Candidate } from '../types.ts';
import { tokensIn } from './name-span.ts';

const NUM = '(?:\\d+|[一二三四五六七八九十]+)';
// The numeric tail of a street address: 1丁目8-2, 三丁目2番地, 123番地, 1343-1, 2番3号
const STREET_NUMBER = new RegExp(
  `${NUM}\\s?丁目(?:\\s?${NUM}(?:\\s?番地?|\\s?-)?(?:\\s?${NUM}\\s?号?)?(?:-\\d+)?)?|${NUM}\\s?番地?(?!号)(?:\\s?(?:${NUM}\\s?号|の?\\d+|-\\d+))?|\\d+-\\d+(?:-\\d+){0,2}(?:号)?|(?<=[字町村])\\d+`,
  'g',
);
const BUILDING_WORD =
  'ハイツ|マンション|アパート|コーポ|レジデンス|メゾン|ハウス|ビル|タワー|パレス|ヒルズ|テラス|コート|荘|寮|団地|住宅|社宅|職員宿舎|宿舎|ガーデン|プラザ|ハイム|グランド|シティ|ヴィラ|パーク';
// An optional building and room after the street number: " グリーンハイツ伊集院203号室", "-101", " 県営○○団地２号棟１０３号室"
const BUILDING = new RegExp(
  `^(?:-\\d{1,4}(?:号室?)?|\\s?[\\p{Script=Katakana}\\p{Script=Han}A-Za-zー・ぁ-ゖ]{1,24}?(?:${BUILDING_WORD})?[\\p{Script=Katakana}\\p{Script=Han}A-Za-zー・]{0,12}(?:\\s?[A-Za-z]\\s?棟)?\\s?(?:\\d{1,4}\\s?(?:号棟|棟)\\s?|\\d{1,2}-(?=\\d{3}))?\\d{1,4}(?:\\s?(?:号室|号棟|号館|棟|号|F|階))?|\\s?\\d{1,4}\\s?号室)`,
  'u',
);
const NOT_PLACE_WORDS =
  /^(?:番号|電話|携帯|記号|番|号|口座|普通|当座|証|免許|内線|ID|体重|身長|血圧|時給|月給|年収|第|週|毎月|毎週|郵便|ナンバー|社員|会員)$/;

/** 県営住吉団地3号棟205号室 written without a street: the complex with its building and room. */
const HOUSING_WITH_ROOM = new RegExp(
  `(?:県営|市営|町営|村営|都営|府営|道営)?[\\p{Script=Han}\\p{Script=Katakana}ー]{1,10}(?:団地|住宅|アパート|ハイツ|マンション|コーポ|レジデンス|メゾン|ハイム|社宅|宿舎)\\s?(?:[A-Z0-9]{1,3}\\s?(?:号棟|棟)\\s?\\d{1,4}\\s?号室?|\\d{1,4}\\s?号室)`,
  'gu',
);

export const recognizeAddresses: Recognizer = (analysis) => {
  const { text } = analysis;
  const found: Candidate[] = [];
  for (const match of matchAll(HOUSING_WITH_ROOM, text)) {
    found.push(candidate('ADDRESS', match.index, match.index + match[0].length, Tier.structure));
  }
  for (const match of matchAll(STREET_NUMBER, text)) {
    const placeStart = placeNameStart(analysis, match.index);
    if (placeStart === undefined) continue;
    const start = withNumeralTownName(text, placeStart);
    const said =
      ADDRESS_SAID_BEFORE.test(text.slice(Math.max(0, start - 12), start)) ||
      ADDRESS_SAID_AFTER.test(
        text.slice(match.index + match[0].length, match.index + match[0].length + 6),
      );
    if (!said && !looksLikePlace(analysis, start, match.index, match[0])) continue;
    let end = match.index + match[0].length;
    const building = BUILDING.exec(text.slice(end));
    if (building && isBuilding(building[0])) end += building[0].length;
    found.push(candidate('ADDRESS', start, end, Tier.structure));
  }
  return found;
};

// 実家は川原123-4に, 川原123-4に住んでいます: the sentence says it is where someone lives.
const ADDRESS_SAID_BEFORE =
  /(?:住所|現住所|居所|所在地|送付先|送り先|宛先|届け先|引っ越し先|転居先|実家|自宅)(?:は|:|：|\s)?\s?$/;
const ADDRESS_SAID_AFTER = /^(?:に住|に住ん|に引っ越|に転居|に在住|在住|の自宅|の実家|に一人で住)/;

/** 十二町: a town whose name begins with a numeral; the number tokens are part of the name. */
function withNumeralTownName(text: string, start: number): number {
  if (!/^[町村]/.test(text.slice(start))) return start;
  let extended = start;
  while (
    extended > 0 &&
    start - extended < 4 &&
    /[一二三四五六七八九十百千]/.test(text[extended - 1] ?? '')
  )
    extended--;
  return extended;
}

/** 前半2-1, スコア3-1: a bare number pair needs a place name (地域) or 丁目/番地 to be an address. */
function looksLikePlace(
  analysis: Analysis,
  start: number,
  numberStart: number,
  street: string,
): boolean {
  if (/丁目|番地|番|号/.test(street)) return true;
  return tokensIn(analysis, start, numberStart).some(
    (token) =>
      token.pos1 === '固有名詞' || token.pos2 === '地域' || /[町村字区条通]$/.test(token.surface),
  );
}

/** A room number or a named building ending in a number; plain words after a space are not. */
function isBuilding(tail: string): boolean {
  if (/^-\d/.test(tail)) return true;
  if (!/\d/.test(tail)) return false;
  return new RegExp(`${BUILDING_WORD}|号室|号棟|[\\p{Script=Katakana}ー]{2,}`, 'u').test(tail);
}

/**
 * Walks back over the place-name tokens before a street number and returns where the labelled
 * part begins: just after the prefecture, city, ward or district-and-town, which are not labelled.
 */
function placeNameStart(analysis: Analysis, numberStart: number): number | undefined {
  const { tokens, tokenIndexAt } = analysis;
  let index = numberStart > 0 ? (tokenIndexAt[numberStart - 1] ?? -1) : -1;
  const first = tokens[index];
  if (!first || first.end !== numberStart || !isPlaceToken(first)) return undefined;
  let start = first.start;
  let municipalityEnd = -1;
  for (; index >= 0; index--) {
    const token = tokens[index] as Token;
    if (!isPlaceToken(token)) break;
    if (token.end < start) break;
    if (municipalityEnd < 0 && isMunicipalitySuffix(tokens, index)) municipalityEnd = token.end;
    start = token.start;
  }
  if (municipalityEnd >= 0) start = municipalityEnd;
  return start < numberStart ? start : undefined;
}

function isPlaceToken(token: Token): boolean {
  if (token.pos !== '名詞' || token.pos1 === '数' || token.pos1 === '代名詞') return false;
  if (token.pos1 === '非自立' || token.pos1 === 'サ変接続') return /^[ヶケ]$/.test(token.surface);
  if (NOT_PLACE_WORDS.test(token.surface)) return false;
  return /^[\p{Script=Han}\p{Script=Katakana}ヶケがのノー]+$/u.test(token.surface);
}

/** 県/都/府/道, 市, 区 and the 町/村 of a 郡 end the municipality part. */
function isMunicipalitySuffix(tokens: Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (!/^(?:都|道|府|県|市|区|郡)$/.test(token.surface) || token.pos1 !== '接尾') {
    if (/^(?:町|村)$/.test(token.surface) && token.pos1 === '接尾') {
      return tokens.slice(Math.max(0, index - 3), index).some((t) => t.surface === '郡');
    }
    return false;
  }
  return token.surface !== '郡';
}
