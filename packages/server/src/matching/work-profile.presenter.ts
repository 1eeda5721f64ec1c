import { rangesOf, weekMaskFromBits, type TWorkProfile } from '@yorisoi/shared';
import type { WorkProfileRow } from './matching.repository.ts';

/** A profile as its owner and the programme's staff read it: the week back as ranges. */
export function presentWorkProfile(row: WorkProfileRow): TWorkProfile {
  return {
    id: row.id,
    programmeId: row.programmeId,
    referenceLabel: row.referenceLabel,
    skillIds: row.skillIds,
    freeWords: row.freeWords,
    experience: row.experience,
    qualifications: row.qualifications,
    hoursPerWeekMin: row.hoursPerWeekMin,
    hoursPerWeekMax: row.hoursPerWeekMax,
    availability: rangesOf(weekMaskFromBits(row.availability)),
    remoteOk: row.remoteOk,
    onsiteOk: row.onsiteOk,
    home:
      row.homeLat !== null && row.homeLng !== null ? { lat: row.homeLat, lng: row.homeLng } : null,
    maxTravelKm: row.maxTravelKm,
    availableFrom: row.availableFrom,
    childcareNeed: row.childcareNeed as TWorkProfile['childcareNeed'],
    path: row.path as TWorkProfile['path'],
    shownToCompanies: row.shownToCompanies as TWorkProfile['shownToCompanies'],
    updatedAt: row.updatedAt.toISOString(),
  };
}
