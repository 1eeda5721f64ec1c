/**
 * 全国地方公共団体コード: five digits (two for the prefecture, three for the municipality)
 * and a check digit. Open-data files often lose the leading zero (宇都宮市 `92011` for
 * `092011`) or carry the five digits without the check digit, so a reader repairs what it
 * can prove and refuses what it cannot.
 */
export type LocalGovernmentCodeReading =
  | { status: 'valid'; code: string }
  | { status: 'repaired'; code: string; repair: 'leadingZero' | 'checkDigitAdded' }
  | { status: 'ambiguous'; candidates: [string, string] }
  | { status: 'invalid'; reason: 'format' | 'prefecture' | 'checkDigit' };

/** The check digit of a five-digit code (総務省: weights 6..2, 11 minus the remainder, ones digit). */
export function checkDigitOf(fiveDigits: string): number {
  if (!/^\d{5}$/.test(fiveDigits)) throw new RangeError('five digits expected');
  const sum = [...fiveDigits].reduce((acc, digit, i) => acc + Number(digit) * (6 - i), 0);
  return (11 - (sum % 11)) % 10;
}

const prefectureOf = (code: string) => Number(code.slice(0, 2));
const validPrefecture = (code: string) => prefectureOf(code) >= 1 && prefectureOf(code) <= 47;

export function isValidLocalGovernmentCode(code: string): boolean {
  return (
    /^\d{6}$/.test(code) &&
    validPrefecture(code) &&
    checkDigitOf(code.slice(0, 5)) === Number(code[5])
  );
}

/** Reads a code as written in a file or an address: digits only, half- or full-width. */
export function readLocalGovernmentCode(written: string): LocalGovernmentCodeReading {
  const digits = written.normalize('NFKC').trim().replace(/\.0+$/, '');
  if (/^\d{6}$/.test(digits)) {
    if (!validPrefecture(digits)) return { status: 'invalid', reason: 'prefecture' };
    return isValidLocalGovernmentCode(digits)
      ? { status: 'valid', code: digits }
      : { status: 'invalid', reason: 'checkDigit' };
  }
  if (!/^\d{5}$/.test(digits)) return { status: 'invalid', reason: 'format' };
  const zeroRestored = `0${digits}`;
  const withCheckDigit = `${digits}${checkDigitOf(digits)}`;
  const lostZero = isValidLocalGovernmentCode(zeroRestored);
  const noCheckDigit = isValidLocalGovernmentCode(withCheckDigit);
  if (lostZero && noCheckDigit)
    return { status: 'ambiguous', candidates: [zeroRestored, withCheckDigit] };
  if (lostZero) return { status: 'repaired', code: zeroRestored, repair: 'leadingZero' };
  if (noCheckDigit) return { status: 'repaired', code: withCheckDigit, repair: 'checkDigitAdded' };
  return {
    status: 'invalid',
    reason: validPrefecture(withCheckDigit) ? 'checkDigit' : 'prefecture',
  };
}

/**
 * Whether a code written in a row names the expected municipality: a repair counts, and an
 * ambiguous five-digit code counts when one of its readings is the expected one.
 */
export function codeNames(written: string, expected: string): boolean {
  const reading = readLocalGovernmentCode(written);
  switch (reading.status) {
    case 'valid':
    case 'repaired':
      return reading.code === expected;
    case 'ambiguous':
      return reading.candidates.includes(expected);
    case 'invalid':
      return false;
  }
}

/** The codes a written code may stand for: one, two when five digits are ambiguous, none when invalid. */
export function candidateCodes(written: string): string[] {
  const reading = readLocalGovernmentCode(written);
  switch (reading.status) {
    case 'valid':
    case 'repaired':
      return [reading.code];
    case 'ambiguous':
      return reading.candidates;
    case 'invalid':
      return [];
  }
}
