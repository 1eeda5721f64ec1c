import { isConsultingRole, type Role, type TSessionResponse } from '@yorisoi/shared';

export const paths = {
  home: '/',
  signIn: '/signin',
  signUp: '/signup',
  signUpConfirm: '/signup/confirm',
  activate: '/activate',
  forgotPassword: '/password-reset/request',
  resetPassword: '/password-reset',
  mfaSetup: '/mfa/setup',
  mfaVerify: '/mfa/verify',
  consent: '/consent',
  profile: '/profile',
  myData: '/profile/data',
  family: '/family',
  organizations: '/admin/organizations',
  inviteCodes: '/admin/invite-codes',
  careTeam: '/admin/care-team',
  auditLog: '/admin/audit',
  municipalities: '/admin/municipalities',
  consultations: '/consultations',
  newConsultation: '/consultations/new',
  queue: '/care/queue',
  pool: '/care/pool',
  crisis: '/care/crisis',
  roster: '/care/roster',
  disclosures: '/care/disclosures',
  appointments: '/appointments',
  bookAppointment: '/appointments/new',
  careAppointments: '/care/appointments',
  availability: '/care/availability',
  checkIns: '/care/check-ins',
  ratings: '/care/ratings',
  statistics: '/statistics',
  statisticsSettings: '/statistics/settings',
  retentionSettings: '/settings/retention',
  surveys: '/surveys',
  stressChecks: '/stress-checks',
  reports: '/reports',
  reportPractices: '/reports/practices',
  events: '/admin/events',
  publicEvents: '/m/:code/events',
  childcareVacancies: '/childcare/vacancies',
  childcareStatus: '/childcare/vacancies/status',
  referralResources: '/admin/referral-resources',
  alliances: '/admin/alliances',
  allianceEntry: '/company/alliances',
  publicAlliances: '/m/:code/alliances',
  measures: '/admin/measures',
  publicMeasures: '/m/:code/measures',
  publicWork: '/m/:code/work',
  companyWork: '/company/work',
  workProfile: '/work/profile',
  workOpeningNew: '/work/openings/new',
  workParticipants: '/work/participants',
  workTeam: '/work/team',
  workIntroductions: '/work/introductions',
  workFigures: '/work/figures',
  lineSettings: '/admin/line',
  myLine: '/me/line',
  recruits: '/care/recruits',
  publicCareTeam: '/m/:code/care-team',
} as const;

export function consultationPath(id: string): string {
  return `${paths.consultations}/${encodeURIComponent(id)}`;
}

/** What a route needs before it may be shown. */
export type RouteRule =
  /** Anyone, signed in or not (sign-up, activation links). */
  | { kind: 'public' }
  /** Only people who are not signed in (the sign-in page). */
  | { kind: 'guest' }
  /** Staff in the middle of the second-factor step. */
  | { kind: 'mfa'; step: 'enrol' | 'verify' }
  /** Workers and family members reading or giving consent. */
  | { kind: 'consent' }
  /** The app proper. `roles` limits it; `withoutConsent` keeps it open before consenting. */
  | { kind: 'app'; roles?: readonly Role[]; withoutConsent?: boolean };

export type GuardDecision = { kind: 'allow' } | { kind: 'redirect'; to: string };

const allow: GuardDecision = { kind: 'allow' };
const redirect = (to: string): GuardDecision => ({ kind: 'redirect', to });

/** Where a person should be right now, given their session. */
export function nextStepFor(session: TSessionResponse): string {
  const { user, mfa } = session;
  if (!user) return paths.signIn;
  if (mfa === 'enrol') return paths.mfaSetup;
  if (mfa === 'verify') return paths.mfaVerify;
  if (isConsultingRole(user.role) && user.consent.required) return paths.consent;
  return paths.home;
}

export function decideRoute(session: TSessionResponse, rule: RouteRule): GuardDecision {
  const { user, mfa } = session;
  switch (rule.kind) {
    case 'public':
      return allow;
    case 'guest':
      return user ? redirect(nextStepFor(session)) : allow;
    case 'mfa':
      if (!user) return redirect(paths.signIn);
      return mfa === rule.step ? allow : redirect(nextStepFor(session));
    case 'consent':
      if (!user) return redirect(paths.signIn);
      if (mfa === 'enrol' || mfa === 'verify') return redirect(nextStepFor(session));
      return isConsultingRole(user.role) ? allow : redirect(paths.home);
    case 'app': {
      if (!user) return redirect(paths.signIn);
      if (mfa === 'enrol' || mfa === 'verify') return redirect(nextStepFor(session));
      if (!rule.withoutConsent && isConsultingRole(user.role) && user.consent.required) {
        return redirect(paths.consent);
      }
      if (rule.roles && !rule.roles.includes(user.role)) return redirect(paths.home);
      return allow;
    }
  }
}

/** After signing in, return to the page that sent the person to sign in, if it suits them. */
export function afterSignIn(session: TSessionResponse, from: string | undefined): string {
  const next = nextStepFor(session);
  if (next !== paths.home || !from || !from.startsWith('/') || from.startsWith('//')) return next;
  return from === paths.signIn ? next : from;
}
