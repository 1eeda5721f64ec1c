import { candidate, matchAll, type Recognizer } from '../analysis.ts';
import { Tier } from '../types.ts';

const WITH_MARK = /〒\s?\d{3}-?\d{4}(?![\d-])/g;
const BARE = /(?<![\d-])\d{3}-\d{4}(?![\d-])/g;
const SEVEN_DIGITS_AFTER_LABEL = /郵便番号\s*(?:は|:)?\s*(\d{7})(?!\d)/g;

export const recognizePostalCodes: Recognizer = ({ text }) => {
  const found = [];
  for (const match of matchAll(WITH_MARK, text)) {
    // The mark belongs to the span only when it touches the digits.
    const start = match[0][1] === ' ' ? match.index + 2 : match.index;
    found.push(candidate('POSTAL_CODE', start, match.index + match[0].length, Tier.validated));
  }
  for (const match of matchAll(BARE, text)) {
    if (text[match.index - 1] === '〒' || text[match.index - 2] === '〒') continue;
    found.push(
      candidate('POSTAL_CODE', match.index, match.index + match[0].length, Tier.structure),
    );
  }
  for (const match of matchAll(SEVEN_DIGITS_AFTER_LABEL, text)) {
    const digits = match[1] as string;
    const start = match.index + match[0].length - digits.length;
    found.push(candidate('POSTAL_CODE', start, start + digits.length, Tier.validated));
  }
  return found;
};
