/**
 * Japan time, THE one place for its arithmetic on both sides. Every date a person, a
 * coordinator or a city sees (the day a survey opens, a booking slot, a shift, the month
 * a statistic counts) is a day in Japan, wherever the server or the phone is. Japan has
 * kept UTC+9 all year since 1952 (no daylight saving), so a fixed offset is exact.
 */
export const japanOffsetMs = 9 * 3_600_000;

export interface JapanTime {
  /** YYYY-MM-DD in Japan. */
  date: string;
  /** HH:MM in Japan. */
  time: string;
  /** 0 = Sunday. */
  weekday: number;
  minutesOfDay: number;
  year: number;
  month: number;
  day: number;
}

/** The calendar day, clock time and weekday of an instant, in Japan. */
export function japanTimeOf(instant: Date | string): JapanTime {
  const shifted = new Date(new Date(instant).getTime() + japanOffsetMs);
  const iso = shifted.toISOString();
  return {
    date: iso.slice(0, 10),
    time: iso.slice(11, 16),
    weekday: shifted.getUTCDay(),
    minutesOfDay: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}

/** The instant a Japanese calendar day (YYYY-MM-DD) starts. */
export function japanMidnight(japanDate: string): Date {
  return new Date(Date.parse(`${japanDate}T00:00:00.000Z`) - japanOffsetMs);
}

/** A Japanese calendar day (YYYY-MM-DD) and clock time (HH:MM) as an instant. */
export function japanInstant(japanDate: string, time: string): Date {
  return new Date(Date.parse(`${japanDate}T${time}:00.000Z`) - japanOffsetMs);
}

/** The month (YYYY-MM) an instant falls in, in Japan. */
export function japanMonthOf(instant: Date | string): string {
  return japanTimeOf(instant).date.slice(0, 7);
}

/** The instant a Japanese month (YYYY-MM) starts: its 1st at midnight in Japan. */
export function japanMonthStart(month: string): Date {
  return japanMidnight(`${month}-01`);
}

/** A month (YYYY-MM) moved by whole months, by the calendar: 2026-12 + 1 is 2027-01. */
export function addMonths(month: string, months: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}

/** A calendar day (YYYY-MM-DD) moved by whole days: 2026-12-31 + 1 is 2027-01-01. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

/** The fiscal year (年度: 1 April to 31 March, named by the year it starts) of an instant in Japan. */
export function japanFiscalYearOf(instant: Date): number {
  const { year, month } = japanTimeOf(instant);
  return month >= 4 ? year : year - 1;
}
