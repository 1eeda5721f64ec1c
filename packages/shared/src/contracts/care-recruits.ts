/**
 * Growing the care team (issue 22): the public interest form for licensed residents, and
 * the pool as supervisors and programme staff work it, each person with the matching
 * engine's fit against the service's uncovered hours.
 */
import { z } from 'zod';
import { childcareNeeds } from '../domain/matching/match-score.ts';
import { recruitLicenceTypes, recruitStages } from '../domain/care-recruits.ts';
import { ZId } from './common.ts';
import { ZWeeklyRange, ZWorkMatchMissing, ZWorkMatchReason } from './matching.ts';

export const ZRecruitingPage = z.object({
  municipalityName: z.string(),
  acceptedLicences: z.array(z.enum(recruitLicenceTypes)),
});
export type TRecruitingPage = z.infer<typeof ZRecruitingPage>;

/** The form a resident sends; checked by `checkRecruitInterest`, the same on both sides. */
export const ZRecruitInterestRequest = z.object({
  name: z.string().max(200),
  email: z.string().max(300),
  phone: z.string().max(40),
  licenceType: z.string().max(40),
  licenceNumber: z.string().max(40),
  yearsSincePractice: z.number().int(),
  availability: z.array(ZWeeklyRange).max(100),
  hoursPerWeekMin: z.number(),
  hoursPerWeekMax: z.number(),
  remoteOk: z.boolean(),
  onsiteOk: z.boolean(),
  childcareNeed: z.string().max(20),
  contactConsent: z.boolean(),
  /** Made once per form by the page: sending the same form twice registers once. */
  clientRequestId: ZId,
});
export type TRecruitInterestRequest = z.infer<typeof ZRecruitInterestRequest>;
export const ZRecruitInterestReceived = z.object({ received: z.literal(true) });

export const ZRecruitFitExclusion = z.discriminatedUnion('code', [
  z.object({ code: z.literal('hoursTooFew'), canWork: z.number(), needed: z.number() }),
  z.object({
    code: z.literal('availabilityTooShort'),
    overlapHours: z.number(),
    needed: z.number(),
  }),
  z.object({ code: z.literal('remoteNotWanted') }),
  z.object({ code: z.literal('onsiteNotWanted') }),
  z.object({ code: z.literal('childcareRequired') }),
]);

/** The engine's verdict against the uncovered hours of the coming week. */
export const ZRecruitFit = z.object({
  eligible: z.boolean(),
  score: z.number().int().min(0).max(100),
  reasons: z.array(ZWorkMatchReason),
  missing: z.array(ZWorkMatchMissing),
  exclusions: z.array(ZRecruitFitExclusion),
});
export type TRecruitFit = z.infer<typeof ZRecruitFit>;

export const ZRecruit = z.object({
  id: ZId,
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  licenceType: z.enum(recruitLicenceTypes),
  licenceNumber: z.string().nullable(),
  licenceVerifiedAt: z.string().nullable(),
  yearsSincePractice: z.number().int(),
  availability: z.array(ZWeeklyRange),
  hoursPerWeekMin: z.number(),
  hoursPerWeekMax: z.number(),
  remoteOk: z.boolean(),
  onsiteOk: z.boolean(),
  childcareNeed: z.enum(childcareNeeds),
  stage: z.enum(recruitStages),
  stageChangedAt: z.string(),
  steps: z.array(z.object({ stage: z.enum(recruitStages), at: z.string() })),
  createdAt: z.string(),
  fit: ZRecruitFit,
});
export type TRecruit = z.infer<typeof ZRecruit>;

export const ZRecruitPool = z.object({
  /** For the link to the public page (/m/<code>/care-team) staff hand out. */
  municipalityCode: z.string(),
  /** Hours of the coming 7 days with fewer people than the minimum staffing (roster). */
  uncoveredHours: z.number().int(),
  recruits: z.array(ZRecruit),
});
export type TRecruitPool = z.infer<typeof ZRecruitPool>;

export const ZMoveRecruit = z.object({ stage: z.enum(recruitStages) });
export const ZVerifyRecruitLicence = z.object({
  /** The number as found in the register, when the person had not given it. */
  licenceNumber: z.string().max(40).optional(),
});
