import type { TSurvey } from '@yorisoi/shared';

const jstOffsetMs = 9 * 60 * 60 * 1000;

/** Today's calendar day in Japan (Japan has no daylight saving time). */
export function jstDate(now: Date): string {
  return new Date(now.getTime() + jstOffsetMs).toISOString().slice(0, 10);
}

/** Open from 0:00 JST of opensOn until the end of closesOn (JST), both inclusive. */
export function surveyStatusOn(
  survey: { opensOn: string; closesOn: string },
  now: Date,
): TSurvey['status'] {
  const today = jstDate(now);
  if (today < survey.opensOn) return 'scheduled';
  return today > survey.closesOn ? 'closed' : 'open';
}
