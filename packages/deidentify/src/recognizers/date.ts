import { candidate, matchAll, type Recognizer } from '../analysis.ts';
import { NUMBER, parseJapaneseNumber } from '../kanji-numerals.ts';
import { Tier, type Candidate } from '../types.ts';

const ERA = '(?:令和|平成|昭和|大正|[RHSTrhst](?=\\s?\\d))';
const YEAR = `(?:${ERA}\\s?(?:元|${NUMBER})|\\d{4})`;

// 2023年11月2日, 令和七年一月六日, 昭和50年7月1日
const KANJI_STYLE = new RegExp(`(${YEAR})\\s?年\\s?(${NUMBER})\\s?月\\s?(${NUMBER})\\s?日`, 'g');
// 2023/10/5, 2023-10-05, 2023.10.5, R6.2.29
const NUMERIC_STYLE = new RegExp(
  `(?<![\\d./-])(${YEAR})([./-])(\\d{1,2})\\2(\\d{1,2})(?![\\d./-])`,
  'g',
);
// １０月５日, 一月六日 (no year)
const MONTH_DAY = new RegExp(
  `(?<![\\d〇一二三四五六七八九十年])(${NUMBER})\\s?月\\s?(${NUMBER})\\s?日`,
  'g',
);
// 10/5, 3/14 (no year); fractions such as 140/90 fail the month/day check
const SLASH_MONTH_DAY = /(?<![\d./-])(\d{1,2})\/(\d{1,2})(?![\d./]|-\d)/g;

export const recognizeDates: Recognizer = ({ text }) => {
  const found: Candidate[] = [];
  for (const match of matchAll(KANJI_STYLE, text)) {
    if (isMonthDay(match[2], match[3])) push(found, match);
  }
  for (const match of matchAll(NUMERIC_STYLE, text)) {
    if (isMonthDay(match[3], match[4])) push(found, match);
  }
  for (const match of matchAll(MONTH_DAY, text)) {
    if (isMonthDay(match[1], match[2])) push(found, match);
  }
  for (const match of matchAll(SLASH_MONTH_DAY, text)) {
    if (isMonthDay(match[1], match[2]) && !isRatioContext(text, match.index)) push(found, match);
  }
  return found;
};

function push(found: Candidate[], match: RegExpExecArray): void {
  found.push(candidate('DATE', match.index, match.index + match[0].length, Tier.validated));
}

function isMonthDay(month: string | undefined, day: string | undefined): boolean {
  const m = parseJapaneseNumber(month ?? '');
  const d = parseJapaneseNumber(day ?? '');
  return m !== undefined && d !== undefined && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** 血圧 120/80, 体重 1/2: a measurement word just before the slash pair is not a date. */
function isRatioContext(text: string, start: number): boolean {
  return /(?:血圧|比率|割合|約|分の|スコア|点数|評価)\s?$/.test(
    text.slice(Math.max(0, start - 4), start),
  );
}
