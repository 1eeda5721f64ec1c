/**
 * A child's age as Japanese law counts it (年齢計算ニ関スル法律, 民法143条): counted from
 * the day of birth, a year (or month) is reached at the end of the day before the
 * anniversary, so on the anniversary the child has it; with no such day in the month
 * (born on 31 January, 29 February) it is reached at the end of the month. Dates are
 * calendar days (YYYY-MM-DD) in Japan.
 */
export interface ChildAge {
  /** Days since birth: 0 on the day of birth. */
  days: number;
  /** Completed months. */
  months: number;
  /** Completed years (満年齢). */
  years: number;
  /** The nursery class (クラス年齢): completed years on 1 April of the fiscal year of `on`. */
  classAge: number;
  /** The fiscal year (年度) of `on`: April to March, named by the year it starts. */
  fiscalYear: number;
}

interface YMD {
  year: number;
  month: number;
  day: number;
}

export function parseCalendarDate(date: string): YMD | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (
    probe.getUTCFullYear() !== year ||
    probe.getUTCMonth() !== month - 1 ||
    probe.getUTCDate() !== day
  ) {
    return null;
  }
  return { year, month, day };
}

const dayNumber = (d: YMD) => Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;

/** Completed months from `birth` to `on`: the month is reached on the day of the same number, or on the 1st after a month without it. */
function completedMonths(birth: YMD, on: YMD): number {
  const months = (on.year - birth.year) * 12 + (on.month - birth.month);
  return on.day < birth.day ? months - 1 : months;
}

/** The fiscal year a day belongs to (1 April starts it). */
export function fiscalYearOf(date: string): number {
  const d = parseCalendarDate(date);
  if (!d) throw new RangeError(`not a calendar date: ${date}`);
  return d.month >= 4 ? d.year : d.year - 1;
}

/**
 * The nursery class of a child in a fiscal year: the age on 1 April, counted as the law
 * counts it, so a child born on 1 April (who reaches the year at the end of 31 March) is
 * in the older class than one born on 2 April.
 */
export function classAgeOf(birthDate: string, fiscalYear: number): number {
  const birth = parseCalendarDate(birthDate);
  if (!birth) throw new RangeError(`not a calendar date: ${birthDate}`);
  const bornAfterFirstApril = birth.month > 4 || (birth.month === 4 && birth.day > 1);
  return fiscalYear - birth.year - (bornAfterFirstApril ? 1 : 0);
}

/** The child's age on `on`; null when `on` is before the birth or a date is not a date. */
export function childAgeOn(birthDate: string, on: string): ChildAge | null {
  const birth = parseCalendarDate(birthDate);
  const day = parseCalendarDate(on);
  if (!birth || !day || dayNumber(day) < dayNumber(birth)) return null;
  const months = completedMonths(birth, day);
  const fiscalYear = fiscalYearOf(on);
  return {
    days: dayNumber(day) - dayNumber(birth),
    months,
    years: Math.floor(months / 12),
    // A child born during the fiscal year (after its 1 April) joins the 0歳児 class.
    classAge: Math.max(0, classAgeOf(birthDate, fiscalYear)),
    fiscalYear,
  };
}

/** 令和N年度 (令和 started in 2019; its first year is written 元年). */
export function reiwaFiscalYearLabel(fiscalYear: number): { ja: string; en: string } {
  const n = fiscalYear - 2018;
  const ja = n === 1 ? '令和元年度' : n >= 1 ? `令和${n}年度` : `${fiscalYear}年度`;
  return { ja, en: `FY${fiscalYear}` };
}

/** The day 就学前 ends: 31 March after the sixth birthday (the day before the school year starts). */
export function schoolEntryEndOf(birthDate: string): string {
  const birth = parseCalendarDate(birthDate);
  if (!birth) throw new RangeError(`not a calendar date: ${birthDate}`);
  // The first fiscal year in which the class age is 6 starts school; the day before it ends 就学前.
  const firstSchoolYear =
    birth.year + 6 + (birth.month > 4 || (birth.month === 4 && birth.day > 1) ? 1 : 0);
  return `${firstSchoolYear}-03-31`;
}
