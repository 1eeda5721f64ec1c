/**
 * NFKC normalisation with an offset map back to the original string.
 * Recognizers run on the normalised text (full-width digits, ＠, ㈱ … become ASCII-friendly)
 * and their spans are mapped back so callers always get offsets into what they sent.
 */
export interface NormalizedText {
  original: string;
  text: string;
  /** For each UTF-16 unit of `text`, start and end of the original code point it came from. */
  originStart: Int32Array;
  originEnd: Int32Array;
}

const DASH_LIKE = /[\u2010-\u2015\u2212\u30FC\uFF70\u2500\u2501\uFE63\u02D7]/;
const KANJI_DIGITS = '〇一二三四五六七八九';
const DIGIT_OR_DASH = /[0-9〇一二三四五六七八九-]/;

export function normalize(original: string): NormalizedText {
  const units: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const codePoint of original) {
    // A lone surrogate or NUL breaks the tokenizer; U+FFFD keeps the offsets one-to-one.
    const mapped =
      isLoneSurrogate(codePoint) || codePoint === '\u0000' ? '\uFFFD' : codePoint.normalize('NFKC');
    const end = index + codePoint.length;
    for (let i = 0; i < mapped.length; i++) {
      units.push(mapped[i] as string);
      starts.push(index);
      ends.push(end);
    }
    index = end;
  }
  unifyDashesBetweenDigits(units);
  mapKanjiDigitRuns(units);
  return {
    original,
    text: units.join(''),
    originStart: Int32Array.from(starts),
    originEnd: Int32Array.from(ends),
  };
}

/** ー is also the long-vowel mark, so dashes become '-' only when both neighbours are digits. */
function unifyDashesBetweenDigits(units: string[]): void {
  for (let i = 1; i < units.length - 1; i++) {
    const unit = units[i] as string;
    if (DASH_LIKE.test(unit) && isDigit(units[i - 1]) && isDigit(units[i + 1])) units[i] = '-';
  }
}

/** Phone numbers written 〇九〇-… : long runs of kanji digits become ASCII digits, one unit each. */
function mapKanjiDigitRuns(units: string[]): void {
  let i = 0;
  while (i < units.length) {
    if (!KANJI_DIGITS.includes(units[i] as string)) {
      i++;
      continue;
    }
    let j = i;
    let digits = 0;
    while (j < units.length && DIGIT_OR_DASH.test(units[j] as string)) {
      if (units[j] !== '-') digits++;
      j++;
    }
    if (digits >= 8) {
      for (let k = i; k < j; k++) {
        const at = KANJI_DIGITS.indexOf(units[k] as string);
        if (at >= 0) units[k] = String(at);
      }
    }
    i = Math.max(j, i + 1);
  }
}

function isLoneSurrogate(codePoint: string): boolean {
  const code = codePoint.charCodeAt(0);
  return codePoint.length === 1 && code >= 0xd800 && code <= 0xdfff;
}

function isDigit(unit: string | undefined): boolean {
  return unit !== undefined && unit >= '0' && unit <= '9';
}

/** Maps a [start, end) span of the normalised text back to the original string. */
export function toOriginalSpan(
  normalized: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  if (end <= start) {
    const at =
      start < normalized.text.length ? normalized.originStart[start] : normalized.original.length;
    return { start: at ?? normalized.original.length, end: at ?? normalized.original.length };
  }
  return {
    start: normalized.originStart[start] ?? normalized.original.length,
    end: normalized.originEnd[end - 1] ?? normalized.original.length,
  };
}
