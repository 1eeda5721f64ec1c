import type { LicenceType, TMunicipality } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/policy.ts';
import { AppError, isUniqueViolation } from '../platform/errors.ts';
import { inviteStaffAccount } from '../auth/staff-invitation.ts';
import { insertLicence } from '../care-team/licences.repository.ts';
import {
  countEnrolledPeoplePerMunicipality,
  countOrganizationsPerMunicipality,
  insertMunicipality,
  listAllMunicipalities,
  type MunicipalityRow,
} from './municipalities.repository.ts';

const networkScope = { municipalityId: null };

export function presentMunicipality(row: MunicipalityRow): TMunicipality {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    prefecture: row.prefecture,
    consortiumName: row.consortiumName,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The network view: each municipality with counts, never people. */
export async function listMunicipalities(ctx: AppContext, { actor }: { actor: Actor }) {
  authorize(actor, 'municipality.manage', networkScope);
  const rows = await listAllMunicipalities(ctx.db);
  const orgCounts = await countOrganizationsPerMunicipality(ctx.db);
  const peopleCounts = await countEnrolledPeoplePerMunicipality(ctx.db);
  return rows.map((row) => ({
    ...presentMunicipality(row),
    organizations: orgCounts.find((c) => c.municipalityId === row.id)?.n ?? 0,
    enrolledPeople: peopleCounts.find((c) => c.municipalityId === row.id)?.n ?? 0,
  }));
}

export async function createMunicipality(
  ctx: AppContext,
  input: {
    actor: Actor;
    code: string;
    name: string;
    prefecture: string;
    consortiumName: string | null;
    firstCityStaff: { email: string; displayName: string };
    firstSupervisor: {
      email: string;
      displayName: string;
      licenceType: LicenceType;
      licenceNumber: string;
    };
  },
) {
  authorize(input.actor, 'municipality.manage', networkScope);
  try {
    return await ctx.db.transaction(async (tx) => {
      const municipality = await insertMunicipality(tx, {
        code: input.code,
        name: input.name,
        prefecture: input.prefecture,
        consortiumName: input.consortiumName,
      });
      const cityStaff = await inviteStaffAccount(ctx, tx, {
        invitedBy: input.actor,
        municipalityId: municipality.id,
        role: 'city_staff',
        ...input.firstCityStaff,
      });
      const supervisor = await inviteStaffAccount(ctx, tx, {
        invitedBy: input.actor,
        municipalityId: municipality.id,
        role: 'supervisor',
        email: input.firstSupervisor.email,
        displayName: input.firstSupervisor.displayName,
      });
      // The network admin checked this licence before creating the account.
      await insertLicence(tx, municipality.id, {
        userId: supervisor.userId,
        licenceType: input.firstSupervisor.licenceType,
        licenceNumber: input.firstSupervisor.licenceNumber,
        verification: 'verified',
        verifiedBy: input.actor.userId,
        verifiedAt: ctx.now(),
      });
      return {
        municipality: presentMunicipality(municipality),
        invitations: [cityStaff, supervisor],
      };
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', { cause: error });
    throw error;
  }
}
