/**
 * Growing the care team (issue 22): a licensed resident's interest, checked the same way on
 * the phone before sending and on the server before anything is stored, and the path staff
 * move them along. Pure: no database, no clock.
 */
import { childcareNeeds } from './matching/match-score.ts';
import {
  availabilityProblems,
  hoursPerWeekProblem,
  weekMaskOf,
  slotCount,
  type WeeklyRange,
} from './matching/weekly-availability.ts';
import { checkEventContact } from './events.ts';
import { licenceTypes, type LicenceType } from './roles.ts';

/** The three national licences a coordinator holds, and those a municipality may add. */
export const recruitLicenceTypes = [...licenceTypes, 'assistant_nurse'] as const;
export type RecruitLicenceType = (typeof recruitLicenceTypes)[number];
/** Licences a municipality may choose to accept beyond the three (准看護師). */
export const extraRecruitLicenceTypes = ['assistant_nurse'] as const;

export function isCoordinatorLicence(type: RecruitLicenceType): type is LicenceType {
  return (licenceTypes as readonly string[]).includes(type);
}

/** interest → interview (面談) → training (研修中) → certified (認定) → rostered (シフト入り). */
export const recruitStages = [
  'interest',
  'interview',
  'training',
  'certified',
  'rostered',
  'withdrawn',
] as const;
export type RecruitStage = (typeof recruitStages)[number];
export const recruitPath: readonly RecruitStage[] = [
  'interest',
  'interview',
  'training',
  'certified',
  'rostered',
];

export type StageRefusal = 'not_next_step' | 'licence_not_verified' | 'already_closed';

/**
 * Whether a recruit at `from` may be moved to `to`: one step forward along the path, or
 * withdrawn before the roster; certification needs a licence checked against the register.
 */
export function stageRefusal(
  from: RecruitStage,
  to: RecruitStage,
  licenceVerified: boolean,
): StageRefusal | null {
  if (from === 'withdrawn' || from === 'rostered') return 'already_closed';
  if (to === 'withdrawn') return null;
  if (recruitPath.indexOf(to) !== recruitPath.indexOf(from) + 1) return 'not_next_step';
  if (to === 'certified' && !licenceVerified) return 'licence_not_verified';
  return null;
}

/**
 * A licence number as people type it (full-width digits, hyphens, spaces) to its digits:
 * 看護師籍・保健師籍・助産師籍 registration numbers and prefectural 准看護師 numbers are digits.
 * Null when it is not 4–10 digits once written plainly.
 */
export function normaliseLicenceNumber(text: string): string | null {
  const digits = text.normalize('NFKC').replace(/[\s\-‐‑–—ー－第号]/g, '');
  return /^\d{4,10}$/.test(digits) ? digits : null;
}

export interface RecruitInterestInput {
  name: string;
  email: string;
  phone: string;
  licenceType: string;
  /** Empty when not given yet. */
  licenceNumber: string;
  yearsSincePractice: number;
  availability: readonly WeeklyRange[];
  hoursPerWeekMin: number;
  hoursPerWeekMax: number;
  remoteOk: boolean;
  onsiteOk: boolean;
  childcareNeed: string;
  contactConsent: boolean;
}

export type RecruitInterestProblem =
  | 'name_required'
  | 'name_too_long'
  | 'email_invalid'
  | 'phone_invalid'
  | 'licence_type_not_accepted'
  | 'licence_number_invalid'
  | 'years_invalid'
  | 'availability_invalid'
  | 'availability_empty'
  | 'hours_invalid'
  | 'no_way_of_working'
  | 'childcare_invalid'
  | 'consent_required';

/** Every problem of an interest form, each naming its field. */
export function checkRecruitInterest(
  input: RecruitInterestInput,
  acceptedLicences: readonly RecruitLicenceType[],
): { field: keyof RecruitInterestInput; problem: RecruitInterestProblem }[] {
  const problems: { field: keyof RecruitInterestInput; problem: RecruitInterestProblem }[] = [];
  for (const p of checkEventContact({ ...input, adults: 1, children: 0 }))
    if (p.field === 'name' || p.field === 'email' || p.field === 'phone')
      problems.push({ field: p.field, problem: p.problem as RecruitInterestProblem });
  if (!(acceptedLicences as readonly string[]).includes(input.licenceType))
    problems.push({ field: 'licenceType', problem: 'licence_type_not_accepted' });
  if (input.licenceNumber.trim() !== '' && normaliseLicenceNumber(input.licenceNumber) === null)
    problems.push({ field: 'licenceNumber', problem: 'licence_number_invalid' });
  if (
    !Number.isInteger(input.yearsSincePractice) ||
    input.yearsSincePractice < 0 ||
    input.yearsSincePractice > 60
  )
    problems.push({ field: 'yearsSincePractice', problem: 'years_invalid' });
  if (availabilityProblems(input.availability).length > 0)
    problems.push({ field: 'availability', problem: 'availability_invalid' });
  else if (slotCount(weekMaskOf(input.availability)) === 0)
    problems.push({ field: 'availability', problem: 'availability_empty' });
  if (
    hoursPerWeekProblem(input.hoursPerWeekMin, input.hoursPerWeekMax) !== null ||
    !Number.isInteger(input.hoursPerWeekMin) ||
    !Number.isInteger(input.hoursPerWeekMax) ||
    input.hoursPerWeekMax === 0
  )
    problems.push({ field: 'hoursPerWeekMax', problem: 'hours_invalid' });
  if (!input.remoteOk && !input.onsiteOk)
    problems.push({ field: 'remoteOk', problem: 'no_way_of_working' });
  if (!(childcareNeeds as readonly string[]).includes(input.childcareNeed))
    problems.push({ field: 'childcareNeed', problem: 'childcare_invalid' });
  if (input.contactConsent !== true)
    problems.push({ field: 'contactConsent', problem: 'consent_required' });
  return problems;
}
