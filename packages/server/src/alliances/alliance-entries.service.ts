import {
  japanTimeOf,
  type TAllianceMember,
  type TOwnAllianceEntries,
  type TSignDeclarationRequest,
  type TUpdateAllianceEntryRequest,
  type AllianceKind,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/policy.ts';
import { findPublicMunicipalityById } from '../municipalities/public-municipalities.repository.ts';
import { findOrganization } from '../organizations/organizations.repository.ts';
import {
  listAllianceRows,
  listMemberRowsOfOrganization,
  markOrganizationDeclared,
  updateMember,
  upsertDeclaration,
  type MemberRow,
} from './alliances.repository.ts';
import { changeMember, presentMembers } from './alliance-members.ts';

const memberScope = (member: MemberRow) => ({
  municipalityId: member.municipalityId,
  organizationId: member.organizationId,
});

/** An employer admin's own company in the municipality's alliances, current memberships only. */
export async function listOwnAllianceEntries(
  ctx: AppContext,
  { actor }: { actor: Actor },
): Promise<TOwnAllianceEntries> {
  const scope = { municipalityId: actor.municipalityId, organizationId: actor.organizationId };
  authorize(actor, 'alliance.readOwn', scope);
  const municipalityId = actor.municipalityId!;
  const rows = (
    await listMemberRowsOfOrganization(ctx.db, municipalityId, actor.organizationId!)
  ).filter((row) => row.leftOn === null);
  const members = await presentMembers(ctx.db, municipalityId, rows);
  const alliances = new Map((await listAllianceRows(ctx.db, municipalityId)).map((a) => [a.id, a]));
  const municipality = await findPublicMunicipalityById(ctx.db, municipalityId);
  const organization = await findOrganization(ctx.db, municipalityId, actor.organizationId!);
  return {
    municipalityCode: municipality!.code,
    organizationName: organization?.name ?? null,
    items: members.map((member) => {
      const alliance = alliances.get(member.allianceId)!;
      return {
        alliance: { id: alliance.id, name: alliance.name, kind: alliance.kind as AllianceKind },
        member,
      };
    }),
  };
}

/**
 * Edits a member's entry. A company's admins edit only their own company's; another
 * company's of the municipality is refused, another municipality's is not found.
 */
export async function updateAllianceEntry(
  ctx: AppContext,
  {
    actor,
    allianceId,
    memberId,
    input,
  }: { actor: Actor; allianceId: string; memberId: string; input: TUpdateAllianceEntryRequest },
): Promise<TAllianceMember> {
  const fields = Object.keys(input).sort().join(',');
  const change = {
    actor,
    allianceId,
    memberId,
    action: 'alliance.entry_updated',
    detail: { fields },
  } as const;
  return changeMember(ctx, change, async (tx, current, now) => {
    authorize(actor, 'alliance.editEntry', memberScope(current));
    if (current.leftOn !== null) throw new AppError('ALLIANCE_MEMBER_LEFT');
    return updateMember(tx, current.municipalityId, memberId, input, now);
  });
}

/**
 * The company's admin signs its イクボス宣言 (again, replacing the earlier one) on today's
 * date in Japan; the employer is then marked as having declared.
 */
export async function signAllianceDeclaration(
  ctx: AppContext,
  {
    actor,
    allianceId,
    memberId,
    input,
  }: { actor: Actor; allianceId: string; memberId: string; input: TSignDeclarationRequest },
): Promise<TAllianceMember> {
  const change = {
    actor,
    allianceId,
    memberId,
    action: 'alliance.declaration_signed',
    detail: { isPublic: input.isPublic },
  } as const;
  return changeMember(ctx, change, async (tx, current, now) => {
    authorize(actor, 'alliance.declare', memberScope(current));
    if (current.leftOn !== null) throw new AppError('ALLIANCE_MEMBER_LEFT');
    if (input.text.trim() === '') throw new AppError('DECLARATION_TEXT_REQUIRED');
    const values = { memberId, ...input, signedOn: japanTimeOf(now).date, signedBy: actor.userId };
    await upsertDeclaration(tx, current.municipalityId, values, now);
    await markOrganizationDeclared(tx, current.municipalityId, current.organizationId!);
    return current;
  });
}
