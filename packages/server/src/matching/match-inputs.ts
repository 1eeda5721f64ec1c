/** Rows as the pure matching rule reads them (the one mapping, used by every use-case). */
import {
  fullWeek,
  weekMaskFromBits,
  type ChildcareNeed,
  type EmploymentType,
  type MatchOpening,
  type MatchPerson,
  type OpeningKind,
  type QualificationKind,
  type WorkMode,
  type WorkPath,
} from '@yorisoi/shared';
import type { OpeningMatchRow, ProfileMatchRow } from './matching.repository.ts';

export function matchPersonOf(row: ProfileMatchRow): MatchPerson {
  return {
    skillIds: row.skillIds,
    freeWords: row.freeWords,
    qualifications: row.qualifications.map((q) => q.kind),
    hoursPerWeekMin: row.hoursPerWeekMin,
    hoursPerWeekMax: row.hoursPerWeekMax,
    availability: weekMaskFromBits(row.availability),
    remoteOk: row.remoteOk,
    onsiteOk: row.onsiteOk,
    home:
      row.homeLat !== null && row.homeLng !== null ? { lat: row.homeLat, lng: row.homeLng } : null,
    maxTravelKm: row.maxTravelKm,
    availableFrom: row.availableFrom,
    childcareNeed: row.childcareNeed as ChildcareNeed,
    path: row.path as WorkPath,
  };
}

export function matchOpeningOf(row: OpeningMatchRow): MatchOpening {
  return {
    kind: row.kind as OpeningKind,
    employmentType: row.employmentType as EmploymentType | null,
    requiredSkillIds: row.requiredSkillIds,
    niceSkillIds: row.niceSkillIds,
    keywords: row.keywords,
    requiredQualifications: row.requiredQualifications as QualificationKind[],
    niceQualifications: row.niceQualifications as QualificationKind[],
    hoursPerWeekMin: row.hoursPerWeekMin,
    hoursPerWeekMax: row.hoursPerWeekMax,
    schedule: row.schedule === fullWeekBits ? fullWeek : weekMaskFromBits(row.schedule),
    workMode: row.workMode as WorkMode,
    place:
      row.placeLat !== null && row.placeLng !== null
        ? { lat: row.placeLat, lng: row.placeLng }
        : null,
    startsOn: row.startsOn,
    childcareProvided: row.childcareProvided,
  };
}

const fullWeekBits = '1'.repeat(336);
