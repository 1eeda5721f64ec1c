import { jobSeekerKindOf, type TJobCentreOpening, type TJobCentreSeeker } from '@yorisoi/shared';
import type { WorkOpeningRow } from '../matching/matching.repository.ts';
import { presentPublicOpening } from '../matching/openings.presenter.ts';
import type { listSeekers } from './job-centre.repository.ts';

type SeekerRow = Awaited<ReturnType<typeof listSeekers>>[number];

export function presentSeeker(row: SeekerRow): TJobCentreSeeker {
  return {
    profileId: row.profileId,
    referenceLabel: row.referenceLabel,
    seekerKind: jobSeekerKindOf(row.qualifications.map((q) => q.kind)),
    stage: row.placed ? 'placed' : row.introduced ? 'introduced' : 'registered',
    hoursPerWeekMin: row.hoursPerWeekMin,
    hoursPerWeekMax: row.hoursPerWeekMax,
    fromHealthRoom: row.fromHealthRoom,
    registeredAt: row.createdAt.toISOString(),
  };
}

export function presentCentreOpening(
  row: WorkOpeningRow,
  staffShort: Map<string, number>,
): TJobCentreOpening {
  return {
    ...presentPublicOpening(row),
    facilityId: row.facilityId,
    staffShort: row.facilityId ? (staffShort.get(row.facilityId) ?? null) : null,
  };
}
