/** Who uses Yorisoi. See the glossary in ARCHITECTURE.md for the Japanese terms. */
export const roles = [
  'worker',
  'family',
  'coordinator',
  'supervisor',
  'employer_admin',
  'city_staff',
  'network_admin',
  'childcare_staff',
  'facility_staff',
  'programme_staff',
  'participant',
] as const;
export type Role = (typeof roles)[number];

/** People who consult. They never need a second factor, and may use a nickname. */
export const consultingRoles = ['worker', 'family'] as const satisfies readonly Role[];

/** Staff must enrol a TOTP second factor before they can do anything (MHLW GL 6.0 §14). */
export const staffRoles = [
  'coordinator',
  'supervisor',
  'employer_admin',
  'city_staff',
  'network_admin',
  'childcare_staff',
  'facility_staff',
  'programme_staff',
] as const satisfies readonly Role[];

export function isStaffRole(role: Role): boolean {
  return (staffRoles as readonly Role[]).includes(role);
}

export function isConsultingRole(role: Role): boolean {
  return (consultingRoles as readonly Role[]).includes(role);
}

/** National licences a wellness coordinator may hold. */
export const licenceTypes = ['nurse', 'public_health_nurse', 'midwife'] as const;
export type LicenceType = (typeof licenceTypes)[number];

export const licenceVerificationStates = ['pending', 'verified', 'rejected'] as const;
export type LicenceVerificationState = (typeof licenceVerificationStates)[number];

/** Staff roles a supervisor may give to a care-team account. */
export const careTeamRoles = ['coordinator', 'supervisor'] as const satisfies readonly Role[];
export type CareTeamRole = (typeof careTeamRoles)[number];
