import { z } from 'zod';
import { referralTypes } from '../domain/case-coding.ts';
import { childcareKinds } from '../domain/childcare/kinds.ts';
import { eventKinds } from '../domain/events.ts';
import { workProgrammeKinds } from '../domain/matching/programme-kinds.ts';
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

/**
 * What a referral points at: a resource of the directory, a childcare facility or an
 * event of the same municipality. `page` is the public page of a facility or event in
 * this app (without sign-in), for the person to open; a directory resource has none.
 */
export const referralTargetKinds = ['resource', 'facility', 'event', 'programme'] as const;
export type ReferralTargetKind = (typeof referralTargetKinds)[number];
export const ZReferralTarget = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('resource'),
    id: ZId,
    name: z.string(),
    type: z.enum(referralTypes),
    phone: z.string().nullable(),
    url: z.string().nullable(),
    note: z.string().nullable(),
    page: z.null(),
  }),
  z.object({
    kind: z.literal('facility'),
    id: ZId,
    name: z.string(),
    facilityKind: z.enum(childcareKinds),
    address: z.string().nullable(),
    phone: z.string().nullable(),
    url: z.string().nullable(),
    page: z.string(),
  }),
  z.object({
    kind: z.literal('event'),
    id: ZId,
    name: z.string(),
    eventKind: z.enum(eventKinds),
    startsAt: ZIsoDateTime,
    endsAt: ZIsoDateTime,
    placeName: z.string().nullable(),
    page: z.string(),
  }),
  /** わくキャリ or the job centre: the person agrees before the programme hears of it. */
  z.object({
    kind: z.literal('programme'),
    id: ZId,
    name: z.string(),
    programmeKind: z.enum(workProgrammeKinds),
    page: z.string(),
  }),
]);
export type TReferralTarget = z.infer<typeof ZReferralTarget>;

/** Which target to refer to: its kind and id, looked up in the consultation's municipality. */
export const ZReferralTargetRef = z.object({ kind: z.enum(referralTargetKinds), id: ZId });
export type TReferralTargetRef = z.infer<typeof ZReferralTargetRef>;

/** Picking a target: directory, facilities and upcoming published events matching `q`. */
export const ZReferralTargetQuery = z.object({
  q: z.string().trim().max(60).refine(isSingleLineText, noControlCharacters).optional(),
});
export const ZReferralTargetList = z.object({ items: z.array(ZReferralTarget) });

/** A referral made in a consultation, followed up until it is closed. */
export const referralStatuses = ['proposed', 'contacted', 'connected', 'closed'] as const;
export type ReferralStatus = (typeof referralStatuses)[number];
export const ZReferral = z.object({
  id: ZId,
  consultationId: ZId,
  target: ZReferralTarget,
  status: z.enum(referralStatuses),
  /** Programme referrals only: null until the person agrees in their own view. */
  needsAgreement: z.boolean(),
  personAgreedAt: ZIsoDateTime.nullable(),
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type TReferral = z.infer<typeof ZReferral>;
export const ZReferralList = z.object({ items: z.array(ZReferral) });

/**
 * `target` names any kind; `resourceId` is the older body for a directory resource and
 * still accepted. Exactly one of them, and nothing else, so that a body naming two
 * targets is refused rather than half read.
 */
export const ZAddReferral = z
  .strictObject({ target: ZReferralTargetRef.optional(), resourceId: ZId.optional() })
  .refine((body) => (body.target === undefined) !== (body.resourceId === undefined), {
    message: 'exactly one target: target or resourceId',
    path: ['target'],
  });
export type TAddReferral = z.infer<typeof ZAddReferral>;
export const ZUpdateReferral = z.object({ status: z.enum(referralStatuses) });
