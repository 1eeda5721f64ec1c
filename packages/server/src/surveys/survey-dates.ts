import { japanTimeOf, type TSurvey } from '@yorisoi/shared';

/** Open from 0:00 JST of opensOn until the end of closesOn (JST), both inclusive. */
export function surveyStatusOn(
  survey: { opensOn: string; closesOn: string },
  now: Date,
): TSurvey['status'] {
  const today = japanTimeOf(now).date;
  if (today < survey.opensOn) return 'scheduled';
  return today > survey.closesOn ? 'closed' : 'open';
}
