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
  | 'profile';

export interface NavItem {
  key: NavKey;
  to: string;
}

const byRole: Record<Role, readonly NavKey[]> = {
  worker: ['home', 'family', 'profile'],
  family: ['home', 'profile'],
  coordinator: ['home', 'profile'],
  supervisor: ['home', 'careTeam', 'auditLog', 'profile'],
  employer_admin: ['home', 'inviteCodes', 'profile'],
  city_staff: ['home', 'organizations', 'profile'],
  network_admin: ['home', 'municipalities', 'profile'],
};

const target: Record<NavKey, string> = {
  home: paths.home,
  family: paths.family,
  organizations: paths.organizations,
  inviteCodes: paths.inviteCodes,
  careTeam: paths.careTeam,
  auditLog: paths.auditLog,
  municipalities: paths.municipalities,
  profile: paths.profile,
};

export function navFor(role: Role): NavItem[] {
  return byRole[role].map((key) => ({ key, to: target[key] }));
}

/** Staff work at desks with tables; people consulting mostly use a phone. */
export function layoutFor(role: Role | undefined): 'phone' | 'desk' {
  return role === undefined || role === 'worker' || role === 'family' ? 'phone' : 'desk';
}
