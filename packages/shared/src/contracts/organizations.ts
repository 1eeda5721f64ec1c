import { z } from 'zod';
import { industries, sizeBands } from '../domain/organization.ts';
import {
  isSingleLineText,
  noControlCharacters,
  ZDisplayName,
  ZEmail,
  ZId,
  ZIsoDateTime,
} from './common.ts';

export const ZIndustry = z.enum(industries);
export const ZSizeBand = z.enum(sizeBands);

export const ZOrganizationName = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .refine(isSingleLineText, noControlCharacters);

export const ZOrganization = z.object({
  id: ZId,
  name: ZOrganizationName,
  industry: ZIndustry,
  sizeBand: ZSizeBand,
  consortiumMember: z.boolean(),
  ikubossDeclared: z.boolean(),
  createdAt: ZIsoDateTime,
});
export type TOrganization = z.infer<typeof ZOrganization>;
export const ZOrganizationList = z.object({ items: z.array(ZOrganization) });

export const ZCreateOrganizationRequest = z.object({
  name: ZOrganizationName,
  industry: ZIndustry,
  sizeBand: ZSizeBand,
  consortiumMember: z.boolean().default(true),
  ikubossDeclared: z.boolean().default(false),
});
export type TCreateOrganizationRequest = z.input<typeof ZCreateOrganizationRequest>;

export const ZUpdateOrganizationRequest = ZCreateOrganizationRequest.partial().refine(
  (v) => Object.keys(v).length > 0,
  { message: 'nothing to update' },
);

/** The employer sees how many people enrolled, never who. */
export const ZEnrolmentSummary = z.object({
  organizationId: ZId,
  workers: z.number().int().nonnegative(),
  familyMembers: z.number().int().nonnegative(),
});
export type TEnrolmentSummary = z.infer<typeof ZEnrolmentSummary>;

export const ZInviteCode = z.object({
  id: ZId,
  code: z.string(),
  label: z.string().nullable(),
  maxUses: z.number().int().positive().nullable(),
  uses: z.number().int().nonnegative(),
  expiresAt: ZIsoDateTime.nullable(),
  revokedAt: ZIsoDateTime.nullable(),
  createdAt: ZIsoDateTime,
});
export type TInviteCode = z.infer<typeof ZInviteCode>;
export const ZInviteCodeList = z.object({ items: z.array(ZInviteCode) });

export const ZCreateInviteCodeRequest = z.object({
  label: z.string().trim().max(60).nullable().optional(),
  maxUses: z.number().int().min(1).max(100_000).nullable().optional(),
  expiresInDays: z.number().int().min(1).max(730).nullable().optional(),
});

export const ZInviteCodeParams = z.object({ id: ZId, codeId: ZId });
export const ZInviteQrResponse = z.object({ url: z.string(), svg: z.string() });

export const ZCreateEmployerAdminRequest = z.object({
  email: ZEmail,
  displayName: ZDisplayName,
});
