import { candidate, matchAll, type Recognizer } from '../analysis.ts';
import { Tier } from '../types.ts';

// Loose shape first (digits with -, space or brackets between groups), then validated by digit count.
const PHONE_SHAPE =
  /(?<![\w\-+./])(?:\+81[ -]?(?:\(0\))?[1-9]\d{0,3}|\(0\d{1,4}\)|0\d{1,4})(?:(?:[ -]|\) ?| ?\()?\d{1,4}\)?){1,3}(?![\w\-/])/g;

// 被保険者番号「0123456789」, 受給者証番号は…: a number labelled as something else is no phone.
const ID_LABEL_BEFORE =
  /(?:(?<!電話|携帯|連絡先|FAX|ファックス|ファクス|部屋)番号|記号|No\.?)(?:\s|は|が|:|「|『|\(|（|=)*$/;

export const recognizePhones: Recognizer = ({ text }) => {
  const found = [];
  for (const match of matchAll(PHONE_SHAPE, text)) {
    const phone = trimUnbalancedBracket(match[0]);
    if (ID_LABEL_BEFORE.test(text.slice(Math.max(0, match.index - 16), match.index))) continue;
    if (isPlausiblePhone(phone)) {
      found.push(candidate('PHONE', match.index, match.index + phone.length, Tier.validated));
    }
  }
  return found;
};

/** Japanese numbers have 10 digits (landline, 0120) or 11 (mobile 070/080/090, IP 050, 0800). */
export function isPlausiblePhone(raw: string): boolean {
  let digits = raw.replace(/\D/g, '');
  if (raw.startsWith('+81')) digits = '0' + digits.slice(2).replace(/^0/, '');
  if (!digits.startsWith('0') || digits.startsWith('00')) return false;
  if (digits.length === 11) return /^0(?:[5789]0|800)/.test(digits);
  if (digits.length !== 10) return false;
  // A bare 10-digit run needs the leading trunk 0 plus a non-zero area code; separators make it clear.
  return /[ ()-]/.test(raw) || /^0[1-9]/.test(digits);
}

/** (070-5521-8834): the closing bracket of the sentence is not part of the number. */
function trimUnbalancedBracket(raw: string): string {
  const opened = raw.split('(').length - 1;
  const closed = raw.split(')').length - 1;
  return closed > opened && raw.endsWith(')') ? raw.slice(0, -1) : raw;
}
