import { candidate, matchAll, type Recognizer } from '../analysis.ts';
import { NUMBER, parseJapaneseNumber } from '../kanji-numerals.ts';
import { Tier, type Candidate } from '../types.ts';

// 28歳 / ６１才 / ３さい / 六十八歳; not 43歳未満, 30歳代, 20〜30歳
const YEARS_OLD = new RegExp(
  `(?<![\\d〇一二三四五六七八九十百~〜～-])(${NUMBER})\\s?(?:歳|才|さい)(?!\\s?(?:未満|以上|以下|以降|以前|代|まで|前後|くらいまで|児健診|児検診|までに))`,
  'g',
);
// 下の子は４つ: "n つ" is an age only next to a word for a child
const CHILD_COUNT =
  /(?:息子|娘|子|子ども|子供|長男|長女|次男|次女|三男|三女|孫|弟|妹|甥|姪|ちゃん|くん|君)(?:[^。、\n]{0,8}?(?:は|が|も))?、?\s?(?:もう|まだ|今|今年で?|この春で|来月で)?\s?(\d|[一二三四五六七八九])つ(?=に|で|です|だ|。|、|の|\s|$)/g;
// 母（８２）, 夫(45): a bare number in brackets right after a person word
const BRACKETED =
  /(?:母|父|夫|妻|祖母|祖父|義母|義父|義父母|息子|娘|長男|長女|次男|次女|兄|姉|弟|妹|孫|本人|私|自分|男性|女性|上司|同僚|部下|主人|嫁|婿|彼|彼女|さん|様|ちゃん|くん)\s?\((\d{1,3}|[一二三四五六七八九十]{1,4})\)/g;

export const recognizeAges: Recognizer = ({ text }) => {
  const found: Candidate[] = [];
  for (const match of matchAll(YEARS_OLD, text)) {
    const years = parseJapaneseNumber(match[1] as string);
    if (years === undefined || years > 125) continue;
    found.push(candidate('AGE', match.index, match.index + match[0].length, Tier.validated));
  }
  for (const pattern of [CHILD_COUNT, BRACKETED]) {
    for (const match of matchAll(pattern, text)) {
      const value = match[1] as string;
      const start = match.index + match[0].lastIndexOf(value);
      const end = pattern === CHILD_COUNT ? start + value.length + 1 : start + value.length;
      if (Number(parseJapaneseNumber(value)) <= 120) {
        found.push(candidate('AGE', start, end, Tier.validated));
      }
    }
  }
  return found;
};

/** A bracketed number right after a detected name (田中（45）) is that person's age. */
export function bracketedAgeAfter(
  text: string,
  end: number,
): { start: number; end: number } | undefined {
  const match = /^\s?\((\d{1,3})\)/.exec(text.slice(end, end + 7));
  if (!match || Number(match[1]) > 120) return undefined;
  const start = end + match[0].indexOf(match[1] as string);
  return { start, end: start + (match[1] as string).length };
}
