import {
  allianceGrowth,
  japanTimeOf,
  type AllianceKind,
  type TPublicAlliance,
  type TPublicAllianceList,
  type TPublicAllianceMemberPage,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { AppError } from '../platform/errors.ts';
import { requireMunicipalityByCode } from '../municipalities/municipality-by-code.ts';
import {
  countCurrentMembers,
  findMember,
  findPublishedWorkplaceReport,
  listAllianceRows,
  listMemberRows,
  listOpenOpeningsOfOrganization,
} from './alliances.repository.ts';
import {
  presentAlliance,
  presentAward,
  presentOpening,
  presentPublicMember,
} from './alliances.presenter.ts';
import { allianceOf, extrasOfMembers } from './alliance-members.ts';

const publicSummary = (alliance: ReturnType<typeof presentAlliance>) => {
  const { createdAt: _createdAt, ...summary } = alliance;
  return summary;
};

export async function listPublicAlliances(
  ctx: AppContext,
  { code }: { code: string },
): Promise<TPublicAllianceList> {
  const municipality = await requireMunicipalityByCode(ctx.db, code);
  const rows = await listAllianceRows(ctx.db, municipality.id);
  const counts = await countCurrentMembers(ctx.db, municipality.id);
  return {
    municipalityName: municipality.name,
    items: rows.map((row) => publicSummary(presentAlliance(row, counts.get(row.id) ?? 0))),
  };
}

/** The current members (former ones only in the growth) and the growth by fiscal year. */
export async function getPublicAlliance(
  ctx: AppContext,
  { code, allianceId }: { code: string; allianceId: string },
): Promise<TPublicAlliance> {
  const municipality = await requireMunicipalityByCode(ctx.db, code);
  const alliance = await allianceOf(ctx.db, municipality.id, allianceId);
  const rows = await listMemberRows(ctx.db, municipality.id, alliance.id);
  const current = rows.filter((row) => row.leftOn === null);
  const extras = await extrasOfMembers(ctx.db, municipality.id, current);
  return {
    municipalityName: municipality.name,
    alliance: publicSummary(presentAlliance(alliance, current.length)),
    members: current.map((row) => presentPublicMember(row, extras)),
    growth: allianceGrowth(rows, {
      foundedOn: alliance.foundedOn,
      today: japanTimeOf(ctx.now()).date,
    }),
  };
}

/**
 * A current member's public page: its declaration only if the company made it public, its
 * awards, the open jobs and projects it posts and its published workplace report.
 */
export async function getPublicAllianceMember(
  ctx: AppContext,
  { code, allianceId, memberId }: { code: string; allianceId: string; memberId: string },
): Promise<TPublicAllianceMemberPage> {
  const municipality = await requireMunicipalityByCode(ctx.db, code);
  const alliance = await allianceOf(ctx.db, municipality.id, allianceId);
  const member = await findMember(ctx.db, municipality.id, { allianceId, memberId });
  if (!member || member.leftOn !== null) throw new AppError('ALLIANCE_MEMBER_NOT_FOUND');
  const extras = await extrasOfMembers(ctx.db, municipality.id, [member]);
  const declaration = extras.declarations.get(member.id);
  const organizationId = member.organizationId;
  const openings = organizationId
    ? await listOpenOpeningsOfOrganization(ctx.db, municipality.id, organizationId)
    : [];
  const report = organizationId
    ? await findPublishedWorkplaceReport(ctx.db, municipality.id, organizationId)
    : null;
  const { declared: _declared, awards: _awards, ...listed } = presentPublicMember(member, extras);
  return {
    municipalityName: municipality.name,
    alliance: { id: alliance.id, name: alliance.name, kind: alliance.kind as AllianceKind },
    member: { ...listed, introduction: member.introduction },
    declaration:
      declaration?.isPublic === true
        ? {
            text: declaration.text,
            signerName: declaration.signerName,
            signerTitle: declaration.signerTitle,
            signedOn: declaration.signedOn,
          }
        : null,
    awards: (extras.awards.get(member.id) ?? []).map(presentAward),
    openings: openings.map(presentOpening),
    report: report ? { ...report, publishedAt: report.publishedAt.toISOString() } : null,
  };
}
