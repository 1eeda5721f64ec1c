import {
  japanTimeOf,
  rangesOf,
  weekMaskFromBits,
  slotCount,
  type TPublicWorkOpening,
} from '@yorisoi/shared';
import type { WorkOpeningRow } from './matching.repository.ts';

/** An opening as the public and companies read it: the employer's offer, nothing of a person. */
export function presentPublicOpening(row: WorkOpeningRow): TPublicWorkOpening {
  const schedule = weekMaskFromBits(row.schedule);
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
    // Work done any time of the week is stored as the full week and shown as no fixed times.
    schedule: slotCount(schedule) === schedule.length ? [] : rangesOf(schedule),
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
