/**
 * What a company reads of a person introduced to it: exactly the fields the person chose
 * to show (work_profiles.shown_to_companies), every other one null. Pure, so that the
 * rule is property-tested apart from the queries.
 */
import {
  rangesOf,
  weekMaskFromBits,
  type QualificationKind,
  type shareableProfileFields,
} from '@yorisoi/shared';
import type { WorkProfileRow } from './matching.repository.ts';

type Shareable = (typeof shareableProfileFields)[number];

export interface IntroducedPerson {
  referenceLabel: string;
  skills: string[] | null;
  experience: string | null;
  qualifications: QualificationKind[] | null;
  hoursPerWeek: { min: number; max: number } | null;
  availability: { weekday: number; from: string; to: string }[] | null;
  area: string | null;
}

export function introducedPersonOf(
  profile: Pick<
    WorkProfileRow,
    | 'referenceLabel'
    | 'shownToCompanies'
    | 'skillIds'
    | 'freeWords'
    | 'experience'
    | 'qualifications'
    | 'hoursPerWeekMin'
    | 'hoursPerWeekMax'
    | 'availability'
    | 'homeLat'
  >,
  { skillLabel, areaName }: { skillLabel: (id: string) => string | null; areaName: string },
): IntroducedPerson {
  const shown = new Set(profile.shownToCompanies as Shareable[]);
  const when = <T>(field: Shareable, value: () => T): T | null =>
    shown.has(field) ? value() : null;
  return {
    referenceLabel: profile.referenceLabel,
    skills: when('skills', () => [
      ...profile.skillIds.flatMap((id) => skillLabel(id) ?? []),
      ...profile.freeWords,
    ]),
    experience: when('experience', () => profile.experience),
    // Kinds only: a registration number is for the programme's staff to check, never shown.
    qualifications: when('qualifications', () => profile.qualifications.map((q) => q.kind)),
    hoursPerWeek: when('hours', () => ({
      min: profile.hoursPerWeekMin,
      max: profile.hoursPerWeekMax,
    })),
    availability: when('availability', () => rangesOf(weekMaskFromBits(profile.availability))),
    area: when('area', () => (profile.homeLat === null ? null : areaName)),
  };
}
