/**
 * Back to work (issue 17): introductions with the person's agreement, as staff, the person
 * and the company read them, and the staff's suggestion screens. A company's shape holds
 * only what the person chose to show, and exists only after they accepted.
 */
import { z } from 'zod';
import {
  introductionStatuses,
  staffIntroductionSteps,
} from '../domain/matching/introduction-status.ts';
import { qualificationKinds } from '../domain/matching/qualifications.ts';
import { ZId } from './common.ts';
import {
  shareableProfileFields,
  ZMatchSuggestion,
  ZTeamProposal,
  ZWeeklyRange,
} from './matching.ts';
import { ZPublicWorkOpening, ZWorkProfile } from './work.ts';

const ZStatus = z.enum(introductionStatuses);
const ZDate = z.iso.date();

export const ZProposeIntroduction = z.object({ profileId: ZId, openingId: ZId });

const ZFollowUp = z.object({ at: z.string(), working: z.boolean() }).nullable();

/** An introduction as the programme's staff follow it. */
export const ZWorkIntroduction = z.object({
  id: ZId,
  profileId: ZId,
  referenceLabel: z.string(),
  openingId: ZId,
  openingTitle: z.string(),
  employerName: z.string(),
  status: ZStatus,
  answeredAt: z.string().nullable(),
  startedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  followUp1m: ZFollowUp,
  followUp6m: ZFollowUp,
  createdAt: z.string(),
});
export type TWorkIntroduction = z.infer<typeof ZWorkIntroduction>;
export const ZWorkIntroductionList = z.object({ items: z.array(ZWorkIntroduction) });

export const ZRecordIntroductionStep = z.object({
  step: z.enum(staffIntroductionSteps),
  /** The first day of work, for `started`; the last, when work ended. */
  startedOn: ZDate.nullable().default(null),
  endedOn: ZDate.nullable().default(null),
});

export const ZRecordFollowUp = z.object({
  months: z.union([z.literal(1), z.literal(6)]),
  working: z.boolean(),
});

/** An introduction as the person reads it on their phone: the opening and what will be shown. */
export const ZMyWorkIntroduction = z.object({
  id: ZId,
  status: ZStatus,
  opening: ZPublicWorkOpening,
  shownToCompany: z.array(z.enum(shareableProfileFields)),
  createdAt: z.string(),
});
export type TMyWorkIntroduction = z.infer<typeof ZMyWorkIntroduction>;
export const ZMyWorkIntroductionList = z.object({ items: z.array(ZMyWorkIntroduction) });
export const ZAnswerIntroduction = z.object({ accept: z.boolean() });

/** What a company reads of a person it was introduced to: only the fields they chose. */
export const ZIntroducedPerson = z.object({
  referenceLabel: z.string(),
  skills: z.array(z.string()).nullable(),
  experience: z.string().nullable(),
  qualifications: z.array(z.enum(qualificationKinds)).nullable(),
  hoursPerWeek: z.object({ min: z.number(), max: z.number() }).nullable(),
  availability: z.array(ZWeeklyRange).nullable(),
  area: z.string().nullable(),
});
export const ZCompanyIntroduction = z.object({
  id: ZId,
  openingId: ZId,
  openingTitle: z.string(),
  status: ZStatus,
  person: ZIntroducedPerson,
});
export const ZCompanyIntroductionList = z.object({ items: z.array(ZCompanyIntroduction) });

export const ZSuggestionQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const ZSuggestionList = z.object({ items: z.array(ZMatchSuggestion) });
export const ZProposeTeamRequest = z.object({ size: z.number().int().min(1).max(50) });
export const ZTeamProposalResponse = ZTeamProposal;

export const ZParticipantList = z.object({ items: z.array(ZWorkProfile) });
