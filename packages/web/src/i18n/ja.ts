import * as core from './messages/core.ts';
import * as auth from './messages/auth.ts';
import * as home from './messages/home.ts';
import * as profile from './messages/profile.ts';
import * as admin from './messages/admin.ts';
import * as consultations from './messages/consultations.ts';
import * as care from './messages/care.ts';
import * as appointments from './messages/appointments.ts';
import * as statistics from './messages/statistics.ts';
import * as calls from './messages/calls.ts';
import * as surveys from './messages/surveys.ts';
import * as reports from './messages/reports.ts';
import * as careConsole from './messages/console.ts';
import * as events from './messages/events.ts';
import * as childcare from './messages/childcare.ts';
import * as referrals from './messages/referrals.ts';
import * as landing from './messages/landing.ts';
import * as closing from './messages/closing.ts';
import * as followUps from './messages/followups.ts';
import * as alliances from './messages/alliances.ts';
import * as measures from './messages/measures.ts';
import * as work from './messages/work.ts';
import * as workOpenings from './messages/work-openings.ts';
import * as workStaff from './messages/work-staff.ts';
import * as jobCentre from './messages/job-centre.ts';
import * as retention from './messages/retention.ts';
import * as pool from './messages/pool.ts';
import * as stressChecks from './messages/stress-checks.ts';
import * as line from './messages/line.ts';
import * as careRecruits from './messages/care-recruits.ts';

/**
 * Japanese: the default language. Each area keeps its messages in `messages/<area>.ts`
 * and English in `messages/<area>.en.ts` (its own chunk); `en` must have exactly the same keys.
 */
export const ja = {
  ...core.ja,
  ...auth.ja,
  ...home.ja,
  ...profile.ja,
  ...admin.ja,
  ...consultations.ja,
  ...care.ja,
  ...appointments.ja,
  ...statistics.ja,
  ...calls.ja,
  ...surveys.ja,
  ...reports.ja,
  ...careConsole.ja,
  ...events.ja,
  ...childcare.ja,
  ...referrals.ja,
  ...landing.ja,
  ...closing.ja,
  ...followUps.ja,
  ...alliances.ja,
  ...measures.ja,
  ...work.ja,
  ...workOpenings.ja,
  ...workStaff.ja,
  ...jobCentre.ja,
  ...retention.ja,
  ...pool.ja,
  ...stressChecks.ja,
  ...line.ja,
  ...careRecruits.ja,
};
