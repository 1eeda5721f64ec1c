import holidayJp from '@holiday-jp/holiday_jp';
import { japanTimeOf, type JapanTime } from '@yorisoi/shared';

/**
 * When a message arrives decides how fast it must be answered: in the municipality's
 * office hours (day), outside them on a working day (night), or on a day the office is
 * closed (holiday: weekends, national holidays with 振替休日, and the 年末年始 closure).
 * Japan has no daylight-saving time, so Japan time is UTC+9 all year.
 */
export const timeBands = ['day', 'night', 'holiday'] as const;
export type TimeBand = (typeof timeBands)[number];

export interface ServiceHours {
  /** Minutes after midnight, Japan time, when office hours start and end (8:30 → 510). */
  dayStartMinutes: number;
  dayEndMinutes: number;
  /** 12月29日〜1月3日, when municipal offices close. */
  yearEndClosure: boolean;
}

export const defaultServiceHours: ServiceHours = {
  dayStartMinutes: 8 * 60 + 30,
  dayEndMinutes: 17 * 60 + 15,
  yearEndClosure: true,
};

export function isNationalHoliday(japanDate: string): boolean {
  return Object.hasOwn(holidayJp.holidays, japanDate);
}

export function isOfficeClosed(
  time: JapanTime,
  hours: ServiceHours = defaultServiceHours,
): boolean {
  if (time.weekday === 0 || time.weekday === 6) return true;
  if (isNationalHoliday(time.date)) return true;
  const yearEnd = (time.month === 12 && time.day >= 29) || (time.month === 1 && time.day <= 3);
  return hours.yearEndClosure && yearEnd;
}

export function timeBandAt(instant: Date, hours: ServiceHours = defaultServiceHours): TimeBand {
  const time = japanTimeOf(instant);
  if (isOfficeClosed(time, hours)) return 'holiday';
  return time.minutesOfDay >= hours.dayStartMinutes && time.minutesOfDay < hours.dayEndMinutes
    ? 'day'
    : 'night';
}
