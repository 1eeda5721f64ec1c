/** Weekday keys of the i18n tables, 0 = Sunday as in JavaScript and the API. */
export const weekdayKeys = ['0', '1', '2', '3', '4', '5', '6'] as const;
export type WeekdayKey = (typeof weekdayKeys)[number];
export const weekdayKey = (weekday: number): WeekdayKey => weekdayKeys[weekday] ?? '0';
