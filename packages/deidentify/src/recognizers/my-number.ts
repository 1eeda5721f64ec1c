import { candidate, matchAll, type Recognizer } from '../analysis.ts';
import { Tier } from '../types.ts';

const TWELVE_DIGITS = /(?<![\d-])\d{4}[ -]?\d{4}[ -]?\d{4}(?![\d-])/g;

/**
 * Check digit of the individual number (総務省令 第5条):
 * 11 − (Σ Pn·Qn mod 11) with Pn the n-th digit from the right (excluding the check digit),
 * Qn = n + 1 for n ≤ 6 and n − 5 for n ≥ 7; 0 when the remainder is 0 or 1.
 */
export function myNumberCheckDigit(first11: string): number {
  let sum = 0;
  for (let n = 1; n <= 11; n++) {
    const digit = Number(first11[11 - n]);
    sum += digit * (n <= 6 ? n + 1 : n - 5);
  }
  const remainder = sum % 11;
  return remainder <= 1 ? 0 : 11 - remainder;
}

export function isValidMyNumber(candidateDigits: string): boolean {
  const digits = candidateDigits.replace(/[ -]/g, '');
  if (!/^\d{12}$/.test(digits)) return false;
  return myNumberCheckDigit(digits.slice(0, 11)) === Number(digits[11]);
}

export const recognizeMyNumbers: Recognizer = ({ text }) =>
  [...matchAll(TWELVE_DIGITS, text)]
    .filter((match) => isValidMyNumber(match[0]))
    .map((match) => candidate('ID', match.index, match.index + match[0].length, Tier.validated));
