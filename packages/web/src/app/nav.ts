import type { Role, WorkProgrammeKind } from '@yorisoi/shared';
import { paths } from './guards.ts';

export type NavKey =
  | 'home'
  | 'family'
  | 'organizations'
  | 'inviteCodes'
  | 'careTeam'
  | 'auditLog'
  | 'municipalities'
  | 'consultations'
  | 'queue'
  | 'assigned'
  | 'roster'
  | 'disclosures'
  | 'statistics'
  | 'profile'
  | 'appointments'
  | 'careAppointments'
  | 'availability'
  | 'checkIns'
  | 'ratings'
  | 'surveys'
  | 'reports'
  | 'events'
  | 'childcareVacancies'
  | 'childcareStatus'
  | 'referralResources'
  | 'alliances'
  | 'measures'
  | 'allianceEntry'
  | 'companyWork'
  | 'workProfile'
  | 'workOpeningNew'
  | 'workTeam'
  | 'workIntroductions'
  | 'workFigures'
  | 'lineSettings'
  | 'recruits';

export interface NavItem {
  key: NavKey;
  to: string;
}

const byRole: Record<Role, readonly NavKey[]> = {
  worker: ['home', 'consultations', 'appointments', 'surveys', 'family', 'workProfile', 'profile'],
  family: ['home', 'consultations', 'appointments', 'profile'],
  coordinator: [
    'home',
    'queue',
    'assigned',
    'checkIns',
    'careAppointments',
    'availability',
    'roster',
    'profile',
  ],
  supervisor: [
    'home',
    'queue',
    'assigned',
    'checkIns',
    'careAppointments',
    'availability',
    'roster',
    'ratings',
    'disclosures',
    'reports',
    'careTeam',
    'recruits',
    'auditLog',
    'referralResources',
    'profile',
  ],
  employer_admin: [
    'home',
    'inviteCodes',
    'statistics',
    'surveys',
    'reports',
    'allianceEntry',
    'companyWork',
    'profile',
  ],
  city_staff: [
    'home',
    'organizations',
    'workFigures',
    'lineSettings',
    'alliances',
    'measures',
    'events',
    'statistics',
    'surveys',
    'reports',
    'profile',
  ],
  network_admin: ['home', 'municipalities', 'profile'],
  childcare_staff: ['home', 'childcareVacancies', 'events', 'profile'],
  facility_staff: ['home', 'events', 'profile'],
  // Back to work: a participant's home is their profile; programme staff's is the programme.
  programme_staff: [
    'home',
    'workTeam',
    'workIntroductions',
    'workFigures',
    'workOpeningNew',
    'recruits',
    'profile',
  ],
  participant: ['home', 'profile'],
};

/**
 * The job centre's staff work from its one desk (figures, nurseries, matches, placements):
 * no teams for projects and no わくキャリ figures by path; follow-ups after a placement and
 * posting a nursery's opening apply to them too.
 */
const jobCentreStaff: readonly NavKey[] = [
  'home',
  'workIntroductions',
  'workOpeningNew',
  'profile',
];

/** The programme a programme staff member is bound to decides their menu. */
function keysFor(role: Role, programmeKind: WorkProgrammeKind | null): readonly NavKey[] {
  if (role === 'programme_staff' && programmeKind === 'childcare_job_centre') return jobCentreStaff;
  return byRole[role];
}

const target: Record<NavKey, string> = {
  home: paths.home,
  family: paths.family,
  organizations: paths.organizations,
  inviteCodes: paths.inviteCodes,
  careTeam: paths.careTeam,
  auditLog: paths.auditLog,
  municipalities: paths.municipalities,
  // The same list: one's own consultations, or those assigned to oneself.
  consultations: paths.consultations,
  assigned: paths.consultations,
  queue: paths.queue,
  roster: paths.roster,
  disclosures: paths.disclosures,
  statistics: paths.statistics,
  profile: paths.profile,
  appointments: paths.appointments,
  careAppointments: paths.careAppointments,
  availability: paths.availability,
  checkIns: paths.checkIns,
  ratings: paths.ratings,
  surveys: paths.surveys,
  reports: paths.reports,
  events: paths.events,
  childcareVacancies: paths.childcareVacancies,
  childcareStatus: paths.childcareStatus,
  referralResources: paths.referralResources,
  alliances: paths.alliances,
  measures: paths.measures,
  allianceEntry: paths.allianceEntry,
  companyWork: paths.companyWork,
  workProfile: paths.workProfile,
  workOpeningNew: paths.workOpeningNew,
  workTeam: paths.workTeam,
  workIntroductions: paths.workIntroductions,
  workFigures: paths.workFigures,
  lineSettings: paths.lineSettings,
  recruits: paths.recruits,
};

export function navFor(role: Role, programmeKind: WorkProgrammeKind | null = null): NavItem[] {
  return keysFor(role, programmeKind).map((key) => ({ key, to: target[key] }));
}

/** The tabs a person sees at the foot of a phone; the rest of their items sit under 「その他」. */
export type TabKey = 'home' | 'consultations' | 'appointments' | 'profile';

const phoneTabs: Partial<Record<Role, readonly TabKey[]>> = {
  worker: ['home', 'consultations', 'appointments'],
  family: ['home', 'consultations', 'appointments', 'profile'],
};

export interface TabBarPlan {
  tabs: (NavItem & { key: TabKey })[];
  more: NavItem[];
}

export function tabsFor(role: Role, programmeKind: WorkProgrammeKind | null = null): TabBarPlan {
  const tabKeys: readonly NavKey[] = phoneTabs[role] ?? [];
  const items = navFor(role, programmeKind);
  return {
    tabs: items.filter((item): item is NavItem & { key: TabKey } => tabKeys.includes(item.key)),
    more: items.filter((item) => !tabKeys.includes(item.key)),
  };
}

/** Menus that fold a long staff row into one line at a desk (「管理」: less daily tools). */
export type NavGroupKey = 'manage';

const deskGroups: Partial<Record<Role, Record<NavGroupKey, readonly NavKey[]>>> = {
  // City staff's row outgrew one line at 1440 px: the registers they keep now and then.
  city_staff: { manage: ['organizations', 'workFigures', 'lineSettings'] },
  supervisor: {
    manage: [
      'ratings',
      'disclosures',
      'reports',
      'careTeam',
      'recruits',
      'auditLog',
      'referralResources',
    ],
  },
};

export type DeskNavEntry =
  { kind: 'link'; item: NavItem } | { kind: 'group'; key: NavGroupKey; items: NavItem[] };

/** The desk row in the role's order; a group stands where its first item would be. */
export function deskNavFor(
  role: Role,
  programmeKind: WorkProgrammeKind | null = null,
): DeskNavEntry[] {
  const groups = Object.entries(deskGroups[role] ?? {}) as [NavGroupKey, readonly NavKey[]][];
  const items = navFor(role, programmeKind);
  const entries: DeskNavEntry[] = [];
  for (const item of items) {
    const group = groups.find(([, keys]) => keys.includes(item.key));
    if (!group) entries.push({ kind: 'link', item });
    else if (!entries.some((entry) => entry.kind === 'group' && entry.key === group[0])) {
      const [key, keys] = group;
      entries.push({ kind: 'group', key, items: items.filter((i) => keys.includes(i.key)) });
    }
  }
  return entries;
}

/** Staff work at desks with tables; people consulting mostly use a phone. */
export function layoutFor(role: Role | undefined): 'phone' | 'desk' {
  return role === undefined || role === 'worker' || role === 'family' ? 'phone' : 'desk';
}
