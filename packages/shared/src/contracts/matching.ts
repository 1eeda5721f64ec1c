/**
 * Back to work (issue 17): what staff of a programme write about a participant and an
 * opening, and the suggestions the one matching engine returns. Shapes only: the rules
 * that need a reason in words (impossible hours, a week that cannot be, a 保育士 number in
 * the wrong form, an opening without a title) are checked by the use-cases with the
 * shared domain rules and refused with their own catalog codes.
 */
import { z } from 'zod';
import {
  childcareNeeds,
  employmentTypes,
  openingKinds,
  workModes,
  workPaths,
} from '../domain/matching/match-score.ts';
import { qualificationKinds } from '../domain/matching/qualifications.ts';
import { isMultiLineText, isSingleLineText, noControlCharacters, ZId } from './common.ts';

const line = (max: number) =>
  z.string().trim().max(max).refine(isSingleLineText, noControlCharacters);
const text = (max: number) =>
  z.string().trim().max(max).refine(isMultiLineText, noControlCharacters);
const ZDate = z.iso.date();

export const ZWeeklyRange = z.object({
  weekday: z.number().int(),
  from: z.string().max(5),
  to: z.string().max(5),
});

export const ZGeoPoint = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});

/** What may be shown to a company, once the person agrees to that introduction. */
export const shareableProfileFields = [
  'skills',
  'experience',
  'qualifications',
  'hours',
  'availability',
  'area',
] as const;

export const ZWorkProfileInput = z.object({
  programmeId: ZId,
  userId: ZId.nullable(),
  referenceLabel: line(40).pipe(z.string().min(1)),
  skillIds: z.array(ZId).max(50),
  freeWords: z.array(line(40).pipe(z.string().min(1))).max(30),
  experience: text(4000),
  qualifications: z
    .array(
      z.object({
        kind: z.enum(qualificationKinds),
        registrationNumber: line(40).nullable(),
      }),
    )
    .max(qualificationKinds.length),
  hoursPerWeekMin: z.number(),
  hoursPerWeekMax: z.number(),
  availability: z.array(ZWeeklyRange).max(100),
  remoteOk: z.boolean(),
  onsiteOk: z.boolean(),
  home: ZGeoPoint.nullable(),
  maxTravelKm: z.number().int().min(0).max(1000).nullable(),
  availableFrom: ZDate.nullable(),
  childcareNeed: z.enum(childcareNeeds),
  path: z.enum(workPaths),
  shownToCompanies: z.array(z.enum(shareableProfileFields)).max(shareableProfileFields.length),
});
export type TWorkProfileInput = z.infer<typeof ZWorkProfileInput>;

export const ZWorkOpeningInput = z.object({
  programmeId: ZId,
  employerOrganizationId: ZId.nullable(),
  employerName: line(120).pipe(z.string().min(1)),
  /** Where an employer outside the municipality is (東京都渋谷区 …). */
  employerLocation: line(120).nullable(),
  kind: z.enum(openingKinds),
  employmentType: z.enum(employmentTypes).nullable(),
  title: line(120),
  description: text(4000),
  deliverable: text(1000).nullable(),
  teamSize: z.number().int().min(1).max(50).nullable(),
  periodStart: ZDate.nullable(),
  periodEnd: ZDate.nullable(),
  hoursPerWeekMin: z.number(),
  hoursPerWeekMax: z.number(),
  /** When the work is done; empty for any time of the week. */
  schedule: z.array(ZWeeklyRange).max(100),
  workMode: z.enum(workModes),
  placeLabel: line(200).nullable(),
  place: ZGeoPoint.nullable(),
  startsOn: ZDate.nullable(),
  childcareProvided: z.boolean(),
  pay: line(200).nullable(),
  /** The last day it is offered (JobPosting validThrough); null while it is open-ended. */
  validThrough: ZDate.nullable(),
  requiredSkillIds: z.array(ZId).max(30),
  niceSkillIds: z.array(ZId).max(30),
  keywords: z.array(line(40).pipe(z.string().min(1))).max(30),
  requiredQualifications: z.array(z.enum(qualificationKinds)).max(qualificationKinds.length),
  niceQualifications: z.array(z.enum(qualificationKinds)).max(qualificationKinds.length),
});
export type TWorkOpeningInput = z.infer<typeof ZWorkOpeningInput>;

const ZDayPart = z.enum(['morning', 'afternoon', 'evening']);
const ZQualificationKind = z.enum(qualificationKinds);

export const ZWorkMatchReason = z.discriminatedUnion('code', [
  z.object({
    code: z.literal('hoursAndDays'),
    hours: z.number(),
    weekdays: z.array(z.number().int()),
    dayPart: ZDayPart.nullable(),
  }),
  z.object({ code: z.literal('requiredSkillsHeld'), skillIds: z.array(ZId) }),
  z.object({ code: z.literal('niceSkillsHeld'), skillIds: z.array(ZId) }),
  z.object({ code: z.literal('keywordsShared'), words: z.array(z.string()) }),
  z.object({ code: z.literal('qualificationHeld'), kind: ZQualificationKind }),
  z.object({ code: z.literal('remote') }),
  z.object({ code: z.literal('nearby'), km: z.number() }),
  z.object({ code: z.literal('startsInTime') }),
  z.object({ code: z.literal('childcareProvided') }),
  z.object({ code: z.literal('pathFits'), path: z.enum(workPaths) }),
  z.object({ code: z.literal('nurseryShortOfStaff'), staffShort: z.number().int() }),
]);

export const ZWorkMatchMissing = z.discriminatedUnion('code', [
  z.object({ code: z.literal('niceSkillsMissing'), skillIds: z.array(ZId) }),
  z.object({ code: z.literal('niceQualificationsMissing'), kinds: z.array(ZQualificationKind) }),
  z.object({ code: z.literal('fewerHoursThanWanted'), offered: z.number(), wanted: z.number() }),
  z.object({ code: z.literal('availabilityShort'), overlapHours: z.number(), wanted: z.number() }),
  z.object({ code: z.literal('distanceUnknown') }),
  z.object({ code: z.literal('startsLater'), days: z.number().int() }),
  z.object({ code: z.literal('noChildcare') }),
]);

/** One ranked suggestion, either way round: the other side's id, score, reasons, gaps. */
export const ZMatchSuggestion = z.object({
  id: ZId,
  score: z.number().int().min(0).max(100),
  reasons: z.array(ZWorkMatchReason),
  missing: z.array(ZWorkMatchMissing),
});
export type TMatchSuggestion = z.infer<typeof ZMatchSuggestion>;

export const ZTeamProposal = z.object({
  openingId: ZId,
  memberIds: z.array(ZId),
  coveredSkillIds: z.array(ZId),
  uncoveredSkillIds: z.array(ZId),
  minPairOverlapHours: z.number().nullable(),
});
export type TTeamProposal = z.infer<typeof ZTeamProposal>;
