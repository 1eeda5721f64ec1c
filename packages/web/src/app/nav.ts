import type { Role } from '@yorisoi/shared';
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
  | 'surveys'
  | 'reports'
  | 'events'
  | 'childcareVacancies'
  | 'childcareStatus'
  | 'referralResources';

export interface NavItem {
  key: NavKey;
  to: string;
}

const byRole: Record<Role, readonly NavKey[]> = {
  worker: ['home', 'consultations', 'appointments', 'surveys', 'family', 'profile'],
  family: ['home', 'consultations', 'appointments', 'profile'],
  coordinator: [
    'home',
    'queue',
    'assigned',
    'careAppointments',
    'availability',
    'roster',
    'profile',
  ],
  supervisor: [
    'home',
    'queue',
    'assigned',
    'careAppointments',
    'availability',
    'roster',
    'disclosures',
    'reports',
    'careTeam',
    'auditLog',
    'referralResources',
    'profile',
  ],
  employer_admin: ['home', 'inviteCodes', 'statistics', 'surveys', 'reports', 'profile'],
  city_staff: ['home', 'organizations', 'events', 'statistics', 'surveys', 'reports', 'profile'],
  network_admin: ['home', 'municipalities', 'profile'],
  childcare_staff: ['home', 'childcareVacancies', 'events', 'profile'],
  facility_staff: ['home', 'events', 'profile'],
};

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
  surveys: paths.surveys,
  reports: paths.reports,
  events: paths.events,
  childcareVacancies: paths.childcareVacancies,
  childcareStatus: paths.childcareStatus,
  referralResources: paths.referralResources,
};

export function navFor(role: Role): NavItem[] {
  return byRole[role].map((key) => ({ key, to: target[key] }));
}

/** Staff work at desks with tables; people consulting mostly use a phone. */
export function layoutFor(role: Role | undefined): 'phone' | 'desk' {
  return role === undefined || role === 'worker' || role === 'family' ? 'phone' : 'desk';
}
