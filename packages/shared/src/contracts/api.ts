import { authEndpoints } from './endpoints/auth.ts';
import { consentEndpoints } from './endpoints/consent.ts';
import { meEndpoints } from './endpoints/me.ts';
import { organizationEndpoints } from './endpoints/organizations.ts';
import { careTeamEndpoints } from './endpoints/care-team.ts';
import { municipalityEndpoints } from './endpoints/municipalities.ts';
import { consultationEndpoints } from './endpoints/consultations.ts';
import { rosterEndpoints } from './endpoints/roster.ts';
import { disclosureEndpoints } from './endpoints/disclosures.ts';
import { referralEndpoints } from './endpoints/referrals.ts';
import { workEndpoints, workIntroductionEndpoints } from './endpoints/work.ts';
import { jobCentreEndpoints } from './endpoints/job-centre.ts';
import { careRecruitEndpoints } from './endpoints/care-recruits.ts';
import { appointmentEndpoints } from './endpoints/appointments.ts';
import { callEndpoints } from './endpoints/calls.ts';
import { pushEndpoints } from './endpoints/push.ts';
import { statisticsEndpoints } from './endpoints/statistics.ts';
import { surveyEndpoints } from './endpoints/surveys.ts';
import { practiceEndpoints } from './endpoints/practices.ts';
import { reportEndpoints } from './endpoints/reports.ts';
import { crisisEndpoints } from './endpoints/crisis.ts';
import { personContextEndpoints } from './endpoints/person-context.ts';
import { eventEndpoints } from './endpoints/events.ts';
import { childcareEndpoints } from './endpoints/childcare.ts';
import { auditEndpoints } from './endpoints/audit.ts';
import { followUpEndpoints } from './endpoints/follow-ups.ts';
import { ratingReviewEndpoints } from './endpoints/rating-review.ts';
import { allianceEndpoints } from './endpoints/alliances.ts';
import { retentionEndpoints } from './endpoints/retention.ts';
import { measureEndpoints } from './endpoints/measures.ts';
import { poolEndpoints } from './endpoints/pool.ts';
import { stressCheckEndpoints } from './endpoints/stress-checks.ts';
import { questionnaireEndpoints } from './endpoints/questionnaires.ts';
import { lineEndpoints } from './endpoints/line.ts';

/**
 * Every HTTP endpoint of the API, by name. Each feature names its endpoints in
 * `endpoints/<feature>.ts`; a name must be unique across features (a test checks).
 */
export const api = {
  ...authEndpoints,
  ...consentEndpoints,
  ...meEndpoints,
  ...organizationEndpoints,
  ...careTeamEndpoints,
  ...municipalityEndpoints,
  ...auditEndpoints,
  ...consultationEndpoints,
  ...rosterEndpoints,
  ...disclosureEndpoints,
  ...referralEndpoints,
  ...appointmentEndpoints,
  ...callEndpoints,
  ...pushEndpoints,
  ...statisticsEndpoints,
  ...surveyEndpoints,
  ...practiceEndpoints,
  ...reportEndpoints,
  ...crisisEndpoints,
  ...personContextEndpoints,
  ...eventEndpoints,
  ...childcareEndpoints,
  ...followUpEndpoints,
  ...ratingReviewEndpoints,
  ...allianceEndpoints,
  ...measureEndpoints,
  ...workEndpoints,
  ...workIntroductionEndpoints,
  ...jobCentreEndpoints,
  ...retentionEndpoints,
  ...poolEndpoints,
  ...stressCheckEndpoints,
  ...questionnaireEndpoints,
  ...lineEndpoints,
  ...careRecruitEndpoints,
} as const;

/** Each feature's endpoints, for the test that no name or route is defined twice. */
export const endpointGroups = {
  authEndpoints,
  consentEndpoints,
  meEndpoints,
  organizationEndpoints,
  careTeamEndpoints,
  municipalityEndpoints,
  auditEndpoints,
  consultationEndpoints,
  rosterEndpoints,
  disclosureEndpoints,
  referralEndpoints,
  appointmentEndpoints,
  callEndpoints,
  pushEndpoints,
  statisticsEndpoints,
  surveyEndpoints,
  practiceEndpoints,
  reportEndpoints,
  crisisEndpoints,
  personContextEndpoints,
  eventEndpoints,
  childcareEndpoints,
  followUpEndpoints,
  ratingReviewEndpoints,
  allianceEndpoints,
  measureEndpoints,
  workEndpoints,
  workIntroductionEndpoints,
  jobCentreEndpoints,
  retentionEndpoints,
  poolEndpoints,
  stressCheckEndpoints,
  questionnaireEndpoints,
  lineEndpoints,
  careRecruitEndpoints,
};

export type Api = typeof api;
export type EndpointName = keyof Api;
