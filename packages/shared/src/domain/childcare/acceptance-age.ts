import type { ChildAge } from './class-age.ts';

/**
 * 受入年齢 as facilities write it: free text such as 「６か月～５歳」「産休明け～５歳」
 * 「生後57日～就学前」「未就学児」「18歳未満」. A reading keeps the unit it was written in,
 * because a bound in years means a nursery class for a nursery (「0歳～2歳」 are the 0–2歳児
 * classes) and a plain age for a children's centre; 就学前 and 小学生 are school years,
 * which are classes everywhere. What cannot be read is kept as written, never dropped.
 */
export type AgeLowerBound =
  | { unit: 'days'; value: number }
  | { unit: 'months'; value: number }
  | { unit: 'years'; value: number }
  | { unit: 'class'; value: number };

/** Inclusive: `months` 5 takes a child of 5 completed months; `class` 5 is 就学前 (the 5歳児 class). */
export type AgeUpperBound =
  | { unit: 'months'; value: number }
  | { unit: 'years'; value: number }
  | { unit: 'class'; value: number };

export type AcceptanceAge =
  | { readable: true; text: string; lower: AgeLowerBound | null; upper: AgeUpperBound | null }
  | { readable: false; text: string };

/** 産休明け: the mother's 8 weeks of postnatal leave (労働基準法65条) are over, from the 57th day. */
export const endOfMaternityLeaveDays = 57;
/** The last class before school: 就学前 ends on 31 March after the sixth birthday. */
export const preschoolLastClass = 5;

const monthWord = '[かヶカケヵ箇个]?月';
const tokenPatterns: { pattern: RegExp; read: (m: RegExpExecArray) => AgeLowerBound }[] = [
  { pattern: /^産休明け?(後)?$/, read: () => ({ unit: 'days', value: endOfMaternityLeaveDays }) },
  { pattern: /^(?:生後)?(\d+)日(?:目)?$/, read: (m) => ({ unit: 'days', value: Number(m[1]) }) },
  {
    pattern: /^(?:生後)?(\d+)週(?:間)?(?:目)?$/,
    read: (m) => ({ unit: 'days', value: 7 * Number(m[1]) }),
  },
  {
    pattern: new RegExp(`^(?:生後|満)?(\\d+)(?:歳|才)(\\d+)${monthWord}$`),
    read: (m) => ({ unit: 'months', value: 12 * Number(m[1]) + Number(m[2]) }),
  },
  {
    pattern: /^(?:生後|満)?(\d+)[かヶカケヵ箇个]月$|^生後(\d+)月$/,
    read: (m) => ({ unit: 'months', value: Number(m[1] ?? m[2]) }),
  },
  { pattern: /^満?(\d+)(?:歳|才)(?:児)?$/, read: (m) => ({ unit: 'years', value: Number(m[1]) }) },
  { pattern: /^小学(?:校)?(\d)年生?$/, read: (m) => ({ unit: 'class', value: 5 + Number(m[1]) }) },
  { pattern: /^小学(?:生|校)$/, read: () => ({ unit: 'class', value: 6 }) },
  { pattern: /^中学(?:生|校)$/, read: () => ({ unit: 'class', value: 12 }) },
  { pattern: /^(?:出生|誕生|新生児|0)$/, read: () => ({ unit: 'days', value: 0 }) },
];

const upperOnlyPatterns: [RegExp, AgeUpperBound][] = [
  [/^(?:小学校)?就学(?:前|まで)?(?:の児童|児)?$/, { unit: 'class', value: preschoolLastClass }],
  [/^小学(?:生|校)(?:卒業)?$/, { unit: 'class', value: 11 }],
  [/^中学(?:生|校)(?:卒業)?$/, { unit: 'class', value: 14 }],
  [/^高校(?:生)?(?:卒業)?$/, { unit: 'class', value: 17 }],
];

const wholePatterns: [RegExp, AgeLowerBound | null, AgeUpperBound | null][] = [
  [
    /^(?:未就学児?|乳幼児|就学前(?:の児童|児)?|未就学の(?:子ども|児童|お子さん))$/,
    null,
    { unit: 'class', value: preschoolLastClass },
  ],
  [/^小学生$/, { unit: 'class', value: 6 }, { unit: 'class', value: 11 }],
  [/^中学生$/, { unit: 'class', value: 12 }, { unit: 'class', value: 14 }],
  [/^(?:年齢制限なし|制限なし|どなたでも|全年齢|どなたでも可)$/, null, null],
];

function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[〜～~－―‐–—−-]/g, '~')
    .replace(/\s+/g, '')
    .replace(/^(?:対象|受入年齢|年齢)[:：]/, '')
    .replace(/(?:の(?:子ども|お子さん|お子様|児童|方))$/, '');
}

function readLower(token: string): AgeLowerBound | null {
  for (const { pattern, read } of tokenPatterns) {
    const match = pattern.exec(token);
    if (match) return read(match);
  }
  return null;
}

function readUpper(token: string, exclusive: boolean): AgeUpperBound | null {
  for (const [pattern, bound] of upperOnlyPatterns) {
    if (pattern.test(token)) return exclusive ? null : bound;
  }
  const bound = readLower(token);
  if (!bound || bound.unit === 'days') return null;
  if (!exclusive) return bound;
  return bound.value > 0 ? { unit: bound.unit, value: bound.value - 1 } : null;
}

/** Roughly in months, only to refuse a range whose ends are the wrong way round. */
const lowerMonths = (b: AgeLowerBound) =>
  b.unit === 'days' ? b.value / 31 : b.unit === 'months' ? b.value : 12 * b.value;
const upperMonths = (b: AgeUpperBound) =>
  b.unit === 'months' ? b.value : b.unit === 'years' ? 12 * b.value + 11 : 12 * b.value + 23;

/** A bare number on the left takes the unit of the right (「0～5歳」). */
function withUnitOf(left: string, right: string): string {
  if (!/^\d+$/.test(left)) return left;
  const unit = /(歳|才|[かヶカケヵ箇个]月)(?:児)?(?:まで|未満|以下)?$/.exec(right)?.[1];
  return unit ? `${left}${unit}` : left;
}

function readRange(s: string): { lower: AgeLowerBound | null; upper: AgeUpperBound | null } | null {
  for (const [pattern, lower, upper] of wholePatterns) {
    if (pattern.test(s)) return { lower, upper };
  }
  const parts = s.replace(/から/g, '~').split('~');
  if (parts.length > 2) return null;
  const [left = '', right] = parts;
  if (right === undefined) {
    const upperOnly = /^(.+?)(未満|以下|まで)$/.exec(left);
    if (upperOnly) {
      const upper = readUpper(upperOnly[1]!, upperOnly[2] === '未満');
      return upper ? { lower: null, upper } : null;
    }
    const lowerOnly = /^(.+?)以上$/.exec(left);
    if (lowerOnly) {
      const lower = readLower(lowerOnly[1]!);
      return lower ? { lower, upper: null } : null;
    }
    const single = readLower(left);
    // 「3歳児」 alone: that one class or year.
    if (single && (single.unit === 'years' || single.unit === 'class')) {
      return { lower: single, upper: single };
    }
    return null;
  }
  const lower = left === '' ? null : readLower(withUnitOf(left, right));
  if (left !== '' && !lower) return null;
  if (right === '') return lower ? { lower, upper: null } : null;
  const bounded = /^(.+?)(未満|以下|まで)?$/.exec(right);
  const upper = bounded ? readUpper(bounded[1]!, bounded[2] === '未満') : null;
  return upper ? { lower, upper } : null;
}

export function parseAcceptanceAge(text: string): AcceptanceAge {
  const s = normalize(text);
  const withoutRemarks = s.replace(/[(（][^)）]*[)）]/g, '');
  const range =
    readRange(s) ?? (withoutRemarks !== s && withoutRemarks ? readRange(withoutRemarks) : null);
  if (!range) return { readable: false, text };
  const { lower, upper } = range;
  // Nobody writes an age limit beyond the early twenties; a larger number is a typo.
  const plausible = (bound: { value: number }, months: number) =>
    Number.isSafeInteger(bound.value) && months >= 0 && months <= 25 * 12;
  if (lower && !plausible(lower, lowerMonths(lower))) return { readable: false, text };
  if (upper && !plausible(upper, upperMonths(upper))) return { readable: false, text };
  if (lower && upper && lowerMonths(lower) > upperMonths(upper)) return { readable: false, text };
  return { readable: true, text, lower, upper };
}

/**
 * The bounds a database can compare with a child's age, one column per unit: a bound in
 * years becomes a class for a class-based kind (nurseries), an age otherwise.
 */
export interface AgeBounds {
  minDays: number | null;
  minMonths: number | null;
  minYears: number | null;
  minClassAge: number | null;
  maxMonths: number | null;
  maxYears: number | null;
  maxClassAge: number | null;
}

export const noAgeBounds: AgeBounds = {
  minDays: null,
  minMonths: null,
  minYears: null,
  minClassAge: null,
  maxMonths: null,
  maxYears: null,
  maxClassAge: null,
};

export function ageBoundsOf(age: AcceptanceAge, classBased: boolean): AgeBounds {
  if (!age.readable) return noAgeBounds;
  const bounds = { ...noAgeBounds };
  const { lower, upper } = age;
  if (lower?.unit === 'days') bounds.minDays = lower.value;
  if (lower?.unit === 'months') bounds.minMonths = lower.value;
  if (lower?.unit === 'class' || (lower?.unit === 'years' && classBased))
    bounds.minClassAge = lower.value;
  if (lower?.unit === 'years' && !classBased) bounds.minYears = lower.value;
  if (upper?.unit === 'months') bounds.maxMonths = upper.value;
  if (upper?.unit === 'class' || (upper?.unit === 'years' && classBased))
    bounds.maxClassAge = upper.value;
  if (upper?.unit === 'years' && !classBased) bounds.maxYears = upper.value;
  return bounds;
}

/** The same comparison the search makes in SQL (childcare-facilities.repository.ts). */
export function boundsAdmit(bounds: AgeBounds, child: ChildAge): boolean {
  const atLeast = (value: number, min: number | null) => min === null || value >= min;
  const atMost = (value: number, max: number | null) => max === null || value <= max;
  return (
    atLeast(child.days, bounds.minDays) &&
    atLeast(child.months, bounds.minMonths) &&
    atLeast(child.years, bounds.minYears) &&
    atLeast(child.classAge, bounds.minClassAge) &&
    atMost(child.months, bounds.maxMonths) &&
    atMost(child.years, bounds.maxYears) &&
    atMost(child.classAge, bounds.maxClassAge)
  );
}

function describeLower(b: AgeLowerBound, classBased: boolean): { ja: string; en: string } {
  switch (b.unit) {
    case 'days':
      return b.value === endOfMaternityLeaveDays
        ? { ja: '生後57日（産休明け）', en: '57 days old (end of maternity leave)' }
        : { ja: `生後${b.value}日`, en: `${b.value} days old` };
    case 'months':
      return { ja: `${b.value}か月`, en: `${b.value} months` };
    case 'years':
      return classBased
        ? { ja: `${b.value}歳児クラス`, en: `the ${b.value}-year-old class` }
        : { ja: `${b.value}歳`, en: `${b.value} years` };
    case 'class':
      return describeClass(b.value);
  }
}

function describeClass(classAge: number): { ja: string; en: string } {
  if (classAge === preschoolLastClass)
    return {
      ja: '就学前（6歳後の3月31日まで）',
      en: 'school entry (31 March after the 6th birthday)',
    };
  if (classAge >= 6 && classAge <= 11)
    return { ja: `小学${classAge - 5}年生`, en: `primary school year ${classAge - 5}` };
  if (classAge >= 12 && classAge <= 14)
    return { ja: `中学${classAge - 11}年生`, en: `lower secondary year ${classAge - 11}` };
  if (classAge >= 15 && classAge <= 17)
    return { ja: `高校${classAge - 14}年生`, en: `upper secondary year ${classAge - 14}` };
  return { ja: `${classAge}歳児クラス`, en: `the ${classAge}-year-old class` };
}

/** A readable statement of the range, for a result or a facility page. */
export function describeAcceptanceAge(
  age: AcceptanceAge,
  classBased: boolean,
): { ja: string; en: string } {
  if (!age.readable) return { ja: age.text, en: age.text };
  const from = age.lower ? describeLower(age.lower, classBased) : { ja: '誕生', en: 'birth' };
  if (!age.upper) return { ja: `${from.ja}から`, en: `from ${from.en}` };
  const to =
    age.upper.unit === 'class'
      ? describeClass(age.upper.value)
      : age.upper.unit === 'months'
        ? { ja: `${age.upper.value}か月`, en: `${age.upper.value} months` }
        : describeLower(age.upper, classBased);
  return { ja: `${from.ja}～${to.ja}`, en: `${from.en} to ${to.en}` };
}
