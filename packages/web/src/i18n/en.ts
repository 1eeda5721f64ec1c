import type { ja } from './ja.ts';
import type { MessageShape } from './shape.ts';
import * as core from './messages/core.en.ts';
import * as auth from './messages/auth.en.ts';
import * as home from './messages/home.en.ts';
import * as profile from './messages/profile.en.ts';
import * as admin from './messages/admin.en.ts';
import * as consultations from './messages/consultations.en.ts';
import * as care from './messages/care.en.ts';
import * as appointments from './messages/appointments.en.ts';
import * as statistics from './messages/statistics.en.ts';
import * as calls from './messages/calls.en.ts';
import * as surveys from './messages/surveys.en.ts';
import * as reports from './messages/reports.en.ts';
import * as careConsole from './messages/console.en.ts';
import * as events from './messages/events.en.ts';
import * as childcare from './messages/childcare.en.ts';
import * as referrals from './messages/referrals.en.ts';
import * as landing from './messages/landing.en.ts';
import * as closing from './messages/closing.en.ts';
import * as followUps from './messages/followups.en.ts';
import * as alliances from './messages/alliances.en.ts';
import * as measures from './messages/measures.en.ts';
import * as work from './messages/work.en.ts';
import * as workOpenings from './messages/work-openings.en.ts';
import * as workStaff from './messages/work-staff.en.ts';
import * as jobCentre from './messages/job-centre.en.ts';
import * as retention from './messages/retention.en.ts';
import * as pool from './messages/pool.en.ts';
import * as stressChecks from './messages/stress-checks.en.ts';
import * as line from './messages/line.en.ts';
import * as careRecruits from './messages/care-recruits.en.ts';

/** English: type-checked to have exactly the keys of `ja`. */
export const en: MessageShape<typeof ja> = {
  ...core.en,
  ...auth.en,
  ...home.en,
  ...profile.en,
  ...admin.en,
  ...consultations.en,
  ...care.en,
  ...appointments.en,
  ...statistics.en,
  ...calls.en,
  ...surveys.en,
  ...reports.en,
  ...careConsole.en,
  ...events.en,
  ...childcare.en,
  ...referrals.en,
  ...landing.en,
  ...closing.en,
  ...followUps.en,
  ...alliances.en,
  ...measures.en,
  ...work.en,
  ...workOpenings.en,
  ...workStaff.en,
  ...jobCentre.en,
  ...retention.en,
  ...pool.en,
  ...stressChecks.en,
  ...line.en,
  ...careRecruits.en,
};
