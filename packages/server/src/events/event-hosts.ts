import {
  findFacility,
  loadFacilityStaffIds,
} from '../childcare/childcare-facilities.repository.ts';
import type { Db } from '../platform/db/database.ts';
import { AppError } from '../platform/errors.ts';
import type { ResourceScope } from '../policy/policy.ts';

/**
 * An event's scope for the policy: its municipality and the staff bound to the facility
 * holding it (none when the city holds it). A host that is not a facility of the same
 * municipality is refused, so an event can never be filed under another tenant's facility.
 */
export async function hostedEventScope(
  db: Db,
  { municipalityId, hostFacilityId }: { municipalityId: string; hostFacilityId: string | null },
): Promise<ResourceScope> {
  if (hostFacilityId === null) return { municipalityId, facilityStaffIds: [] };
  const facility = await findFacility(db, { municipalityId, facilityId: hostFacilityId });
  if (!facility) throw new AppError('EVENT_HOST_FACILITY_UNKNOWN');
  return {
    municipalityId,
    facilityStaffIds: await loadFacilityStaffIds(db, {
      municipalityId,
      facilityId: hostFacilityId,
    }),
  };
}
