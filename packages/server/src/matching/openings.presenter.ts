import {
  japanTimeOf,
  rangesOf,
  weekMaskFromBits,
  slotCount,
  type TOwnWorkOpening,
  type TPublicWorkOpening,
  type TWorkOpeningInput,
} from '@yorisoi/shared';
import type { WorkOpeningRow } from './matching.repository.ts';

/** An opening as the public and companies read it: the employer's offer, nothing of a person. */
/** Work done any time of the week is stored as the full week and shown as no fixed times. */
function scheduleOf(row: WorkOpeningRow) {
  const schedule = weekMaskFromBits(row.schedule);
  return slotCount(schedule) === schedule.length ? [] : rangesOf(schedule);
}

export function presentPublicOpening(row: WorkOpeningRow): TPublicWorkOpening {
  return {
    id: row.id,
    programmeId: row.programmeId,
    kind: row.kind as TPublicWorkOpening['kind'],
    employmentType: row.employmentType as TPublicWorkOpening['employmentType'],
    title: row.title,
    description: row.description,
    deliverable: row.deliverable,
    teamSize: row.teamSize,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    hoursPerWeekMin: row.hoursPerWeekMin,
    hoursPerWeekMax: row.hoursPerWeekMax,
    schedule: scheduleOf(row),
    workMode: row.workMode as TPublicWorkOpening['workMode'],
    placeLabel: row.placeLabel,
    employerName: row.employerName,
    employerLocation: row.employerLocation,
    childcareProvided: row.childcareProvided,
    pay: row.pay,
    startsOn: row.startsOn,
    datePosted: japanTimeOf(row.createdAt).date,
    validThrough: row.validThrough,
  };
}

/** The form's values as posted, so that its poster edits what they wrote. */
function openingInputOf(row: WorkOpeningRow): TWorkOpeningInput {
  const opening = presentPublicOpening(row);
  return {
    programmeId: row.programmeId,
    employerOrganizationId: row.employerOrganizationId,
    employerName: row.employerName,
    employerLocation: row.employerLocation,
    kind: opening.kind,
    employmentType: opening.employmentType,
    title: row.title,
    description: row.description,
    deliverable: row.deliverable,
    teamSize: row.teamSize,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    hoursPerWeekMin: row.hoursPerWeekMin,
    hoursPerWeekMax: row.hoursPerWeekMax,
    schedule: opening.schedule,
    workMode: opening.workMode,
    placeLabel: row.placeLabel,
    place:
      row.placeLat === null || row.placeLng === null
        ? null
        : { lat: row.placeLat, lng: row.placeLng },
    startsOn: row.startsOn,
    childcareProvided: row.childcareProvided,
    pay: row.pay,
    validThrough: row.validThrough,
    requiredSkillIds: row.requiredSkillIds,
    niceSkillIds: row.niceSkillIds,
    keywords: row.keywords,
    requiredQualifications:
      row.requiredQualifications as TWorkOpeningInput['requiredQualifications'],
    niceQualifications: row.niceQualifications as TWorkOpeningInput['niceQualifications'],
  };
}

export function presentOwnOpening(row: WorkOpeningRow): TOwnWorkOpening {
  return {
    opening: presentPublicOpening(row),
    status: row.status === 'open' ? 'open' : 'closed',
    input: openingInputOf(row),
  };
}
