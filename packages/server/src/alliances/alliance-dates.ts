import { AppError } from '../platform/errors.ts';

/**
 * The dates an alliance records (founding, joining, leaving, awards) are days that have
 * happened: a day after today (in Japan) is refused, and so is leaving or an award before
 * the company joined.
 */
export function checkDayPassed(day: string, today: string): void {
  if (day > today) throw new AppError('ALLIANCE_DATE_IN_FUTURE');
}

export function checkNotBeforeJoining(day: string, joinedOn: string): void {
  if (day < joinedOn) throw new AppError('ALLIANCE_DATE_BEFORE_JOINING');
}
