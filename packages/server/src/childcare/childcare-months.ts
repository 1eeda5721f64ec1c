import { japanMonthOf } from '@yorisoi/shared';

/**
 * Months of the vacancy table: written YYYY-MM in the API, stored as their 1st. "This
 * month" is the month in Japan, wherever the server runs.
 */
export const firstDayOf = (month: string) => `${month}-01`;
export const monthOfDay = (day: string) => day.slice(0, 7);
export const currentMonth = (now: Date) => japanMonthOf(now);
