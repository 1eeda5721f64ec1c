/**
 * The follow-ups a programme owes after someone starts work: one month and six months
 * after the first day (the same day of the month, or the month's last day when it has
 * none), until the staff record them. The six-month answer is the programme's retention.
 */
import { addMonths } from '../japan-time.ts';

export const followUpMonths = [1, 6] as const;
export type FollowUpMonths = (typeof followUpMonths)[number];

export interface FollowUpState {
  /** The first day of work (YYYY-MM-DD, Japan), or null before work started. */
  startedOn: string | null;
  followUp1m: unknown;
  followUp6m: unknown;
}

const daysIn = (month: string) =>
  new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();

/** The day a follow-up falls due: 1 Jan + 1 month is 1 Feb; 31 Jan + 1 month is 28/29 Feb. */
export function followUpDueOn(startedOn: string, months: FollowUpMonths): string {
  const month = addMonths(startedOn.slice(0, 7), months);
  const day = Math.min(Number(startedOn.slice(8, 10)), daysIn(month));
  return `${month}-${String(day).padStart(2, '0')}`;
}

/** The follow-ups due on `today` (YYYY-MM-DD, Japan) and not yet recorded. */
export function followUpsDue(state: FollowUpState, today: string): FollowUpMonths[] {
  const { startedOn } = state;
  if (!startedOn) return [];
  const recorded = { 1: state.followUp1m !== null, 6: state.followUp6m !== null };
  return followUpMonths.filter((m) => !recorded[m] && followUpDueOn(startedOn, m) <= today);
}
