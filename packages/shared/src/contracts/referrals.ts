import { z } from 'zod';
import { referralTypes } from '../domain/case-coding.ts';
import { isSingleLineText, noControlCharacters, ZId, ZIsoDateTime } from './common.ts';

/** Where a person can be referred: a local resource of the municipality's directory. */
export const ZReferralResource = z.object({
  id: ZId,
  type: z.enum(referralTypes),
  name: z.string(),
  phone: z.string().nullable(),
  url: z.string().nullable(),
  note: z.string().nullable(),
});
export type TReferralResource = z.infer<typeof ZReferralResource>;
export const ZReferralResourceList = z.object({ items: z.array(ZReferralResource) });

const ZText = (max: number) =>
  z.string().trim().min(1).max(max).refine(isSingleLineText, noControlCharacters);

export const ZCreateReferralResource = z.object({
  type: z.enum(referralTypes),
  name: ZText(120),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9０-９+\-‐－() ]{6,20}$/, 'a phone number')
    .nullable()
    .optional(),
  url: z
    .url({ protocol: /^https?$/ })
    .max(300)
    .nullable()
    .optional(),
  note: ZText(500).nullable().optional(),
});

/** A referral made in a consultation, followed up until it is closed. */
export const referralStatuses = ['proposed', 'contacted', 'connected', 'closed'] as const;
export const ZReferral = z.object({
  id: ZId,
  consultationId: ZId,
  resource: ZReferralResource,
  status: z.enum(referralStatuses),
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type TReferral = z.infer<typeof ZReferral>;
export const ZReferralList = z.object({ items: z.array(ZReferral) });
export const ZAddReferral = z.object({ resourceId: ZId });
export const ZUpdateReferral = z.object({ status: z.enum(referralStatuses) });
