import { z } from 'zod';
import {
  isMultiLineText,
  isSingleLineText,
  noControlCharacters,
  ZId,
  ZIsoDateTime,
} from './common.ts';
import { ZIndustry, ZOrganizationName, ZSizeBand } from './organizations.ts';
import { ZPublicMunicipalityParams } from './events.ts';

/** イクボス推進同盟 (a pledge alliance of bosses) or a 共創コンソーシアム (a consortium of employers). */
export const allianceKinds = ['ikuboss', 'consortium'] as const;
export const ZAllianceKind = z.enum(allianceKinds);
export type AllianceKind = z.infer<typeof ZAllianceKind>;

/** A calendar day in Japan, YYYY-MM-DD. */
const ZDay = z.iso.date();
const line = (max: number) =>
  z.string().trim().max(max).refine(isSingleLineText, noControlCharacters);
const paragraph = (max: number) =>
  z.string().trim().max(max).refine(isMultiLineText, noControlCharacters);

export const ZAllianceInput = z.object({
  name: line(120).pipe(z.string().min(1)),
  kind: ZAllianceKind,
  description: paragraph(2000).default(''),
  foundedOn: ZDay,
});
export type TAllianceInput = z.infer<typeof ZAllianceInput>;

export const ZAlliance = z.object({
  id: ZId,
  name: z.string(),
  kind: ZAllianceKind,
  description: z.string(),
  foundedOn: ZDay,
  memberCount: z.number().int().nonnegative(),
  createdAt: ZIsoDateTime,
});
export type TAlliance = z.infer<typeof ZAlliance>;
export const ZAllianceList = z.object({ municipalityCode: z.string(), items: z.array(ZAlliance) });
export type TAllianceList = z.infer<typeof ZAllianceList>;

export const ZAllianceGrowthYear = z.object({
  fiscalYear: z.number().int(),
  members: z.number().int().nonnegative(),
  joined: z.number().int().nonnegative(),
  left: z.number().int().nonnegative(),
});
export type TAllianceGrowthYear = z.infer<typeof ZAllianceGrowthYear>;

/** A member company's own words about itself and where it works (地域), kept by the company. */
const ZArea = line(60);
const ZIntroduction = paragraph(1000);

export const ZAddAllianceMemberRequest = z.object({
  /** The health room's employer this member is, if it is one: its admins then keep the entry. */
  organizationId: ZId.nullable().default(null),
  name: ZOrganizationName,
  industry: ZIndustry,
  sizeBand: ZSizeBand,
  area: ZArea.default(''),
  joinedOn: ZDay,
});
export type TAddAllianceMemberRequest = z.infer<typeof ZAddAllianceMemberRequest>;

export const ZUpdateAllianceEntryRequest = z
  .object({
    name: ZOrganizationName,
    industry: ZIndustry,
    sizeBand: ZSizeBand,
    area: ZArea,
    introduction: ZIntroduction,
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'nothing to update' });
export type TUpdateAllianceEntryRequest = z.infer<typeof ZUpdateAllianceEntryRequest>;

export const ZRemoveAllianceMemberRequest = z.object({ leftOn: ZDay });

export const ZRecordAwardRequest = z.object({
  title: line(120).pipe(z.string().min(1)),
  awardedOn: ZDay,
  note: paragraph(500).default(''),
});
export type TRecordAwardRequest = z.infer<typeof ZRecordAwardRequest>;

/** The イクボス宣言 as signed: its text, who signed it (as on the 宣言書) and whether it is public. */
export const ZSignDeclarationRequest = z.object({
  text: paragraph(2000),
  signerName: line(60).pipe(z.string().min(1)),
  signerTitle: line(60).default(''),
  isPublic: z.boolean(),
});
export type TSignDeclarationRequest = z.infer<typeof ZSignDeclarationRequest>;

export const ZDeclaration = z.object({
  text: z.string(),
  signerName: z.string(),
  signerTitle: z.string(),
  signedOn: ZDay,
  isPublic: z.boolean(),
});
export type TDeclaration = z.infer<typeof ZDeclaration>;

export const ZAward = z.object({
  id: ZId,
  title: z.string(),
  awardedOn: ZDay,
  note: z.string(),
});
export type TAward = z.infer<typeof ZAward>;

/** A member as the city's staff and the member's own admins see it. */
export const ZAllianceMember = z.object({
  id: ZId,
  allianceId: ZId,
  organizationId: ZId.nullable(),
  name: z.string(),
  industry: ZIndustry,
  sizeBand: ZSizeBand,
  area: z.string(),
  introduction: z.string(),
  joinedOn: ZDay,
  leftOn: ZDay.nullable(),
  declaration: ZDeclaration.nullable(),
  awards: z.array(ZAward),
});
export type TAllianceMember = z.infer<typeof ZAllianceMember>;

export const ZAllianceDetail = z.object({
  municipalityCode: z.string(),
  alliance: ZAlliance,
  members: z.array(ZAllianceMember),
  growth: z.array(ZAllianceGrowthYear),
});
export type TAllianceDetail = z.infer<typeof ZAllianceDetail>;

export const ZAllianceMemberParams = z.object({ id: ZId, memberId: ZId });

/** An employer admin's own company in the municipality's alliances. */
export const ZOwnAllianceEntries = z.object({
  municipalityCode: z.string(),
  organizationName: z.string().nullable(),
  items: z.array(
    z.object({
      alliance: z.object({ id: ZId, name: z.string(), kind: ZAllianceKind }),
      member: ZAllianceMember,
    }),
  ),
});
export type TOwnAllianceEntries = z.infer<typeof ZOwnAllianceEntries>;

// Public pages: no sign-in, no account, only what the alliance and its members publish.

export const ZPublicAllianceParams = ZPublicMunicipalityParams.extend({ id: ZId });
export const ZPublicAllianceMemberParams = ZPublicAllianceParams.extend({ memberId: ZId });

export const ZPublicAllianceSummary = ZAlliance.omit({ createdAt: true });
export type TPublicAllianceSummary = z.infer<typeof ZPublicAllianceSummary>;
export const ZPublicAllianceList = z.object({
  municipalityName: z.string(),
  items: z.array(ZPublicAllianceSummary),
});
export type TPublicAllianceList = z.infer<typeof ZPublicAllianceList>;

export const ZPublicAllianceMember = z.object({
  id: ZId,
  name: z.string(),
  industry: ZIndustry,
  sizeBand: ZSizeBand,
  area: z.string(),
  joinedOn: ZDay,
  /** Signed the イクボス宣言 and made it public. */
  declared: z.boolean(),
  awards: z.number().int().nonnegative(),
});
export type TPublicAllianceMember = z.infer<typeof ZPublicAllianceMember>;

export const ZPublicAlliance = z.object({
  municipalityName: z.string(),
  alliance: ZPublicAllianceSummary,
  members: z.array(ZPublicAllianceMember),
  growth: z.array(ZAllianceGrowthYear),
});
export type TPublicAlliance = z.infer<typeof ZPublicAlliance>;

/** An open job or project the member posts through the municipality's programmes. */
export const ZMemberOpening = z.object({
  id: ZId,
  kind: z.enum(['job', 'project']),
  employmentType: z.enum(['part_time', 'full_time', 'short_hours_regular']).nullable(),
  title: z.string(),
  workMode: z.enum(['remote', 'onsite', 'hybrid']),
  placeLabel: z.string().nullable(),
  hoursPerWeekMin: z.number(),
  hoursPerWeekMax: z.number(),
  childcareProvided: z.boolean(),
});
export type TMemberOpening = z.infer<typeof ZMemberOpening>;

export const ZPublicAllianceMemberPage = z.object({
  municipalityName: z.string(),
  alliance: z.object({ id: ZId, name: z.string(), kind: ZAllianceKind }),
  member: ZPublicAllianceMember.omit({ declared: true, awards: true }).extend({
    introduction: z.string(),
  }),
  declaration: ZDeclaration.omit({ isPublic: true }).nullable(),
  awards: z.array(ZAward),
  openings: z.array(ZMemberOpening),
  /** The member's published workplace-improvement report (read by its admins and the city). */
  report: z.object({ id: ZId, title: z.string(), publishedAt: ZIsoDateTime }).nullable(),
});
export type TPublicAllianceMemberPage = z.infer<typeof ZPublicAllianceMemberPage>;
