import type {
  AllianceKind,
  Industry,
  SizeBand,
  TAlliance,
  TAllianceMember,
  TAward,
  TDeclaration,
  TMemberOpening,
  TPublicAllianceMember,
} from '@yorisoi/shared';
import type {
  AllianceRow,
  AwardRow,
  DeclarationRow,
  MemberRow,
  listOpenOpeningsOfOrganization,
} from './alliances.repository.ts';

export function presentAlliance(row: AllianceRow, memberCount: number): TAlliance {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as AllianceKind,
    description: row.description,
    foundedOn: row.foundedOn,
    memberCount,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentDeclaration(row: DeclarationRow): TDeclaration {
  return {
    text: row.text,
    signerName: row.signerName,
    signerTitle: row.signerTitle,
    signedOn: row.signedOn,
    isPublic: row.isPublic,
  };
}

export function presentAward(row: AwardRow): TAward {
  return { id: row.id, title: row.title, awardedOn: row.awardedOn, note: row.note };
}

/** Declarations and awards of a set of members, by member id. */
export interface MemberExtras {
  declarations: Map<string, DeclarationRow>;
  awards: Map<string, AwardRow[]>;
}

export function extrasOf(declarations: DeclarationRow[], awards: AwardRow[]): MemberExtras {
  const byMember = new Map<string, AwardRow[]>();
  for (const award of awards)
    byMember.set(award.memberId, [...(byMember.get(award.memberId) ?? []), award]);
  return { declarations: new Map(declarations.map((d) => [d.memberId, d])), awards: byMember };
}

export function presentMember(row: MemberRow, extras: MemberExtras): TAllianceMember {
  const declaration = extras.declarations.get(row.id);
  return {
    id: row.id,
    allianceId: row.allianceId,
    organizationId: row.organizationId,
    name: row.name,
    industry: row.industry as Industry,
    sizeBand: row.sizeBand as SizeBand,
    area: row.area,
    introduction: row.introduction,
    joinedOn: row.joinedOn,
    leftOn: row.leftOn,
    declaration: declaration ? presentDeclaration(declaration) : null,
    awards: (extras.awards.get(row.id) ?? []).map(presentAward),
  };
}

/** What the public list shows of a member: a declaration counts only when it is public. */
export function presentPublicMember(row: MemberRow, extras: MemberExtras): TPublicAllianceMember {
  return {
    id: row.id,
    name: row.name,
    industry: row.industry as Industry,
    sizeBand: row.sizeBand as SizeBand,
    area: row.area,
    joinedOn: row.joinedOn,
    declared: extras.declarations.get(row.id)?.isPublic ?? false,
    awards: extras.awards.get(row.id)?.length ?? 0,
  };
}

export function presentOpening(
  row: Awaited<ReturnType<typeof listOpenOpeningsOfOrganization>>[number],
): TMemberOpening {
  return {
    ...row,
    kind: row.kind as TMemberOpening['kind'],
    employmentType: row.employmentType as TMemberOpening['employmentType'],
    workMode: row.workMode as TMemberOpening['workMode'],
  };
}
