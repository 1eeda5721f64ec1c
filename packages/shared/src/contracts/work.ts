/**
 * Back to work (issue 17) as people use it: a programme's public face and skills list, a
 * participant's own profile, openings posted by companies and listed publicly with
 * schema.org JobPosting. The engine's shapes (profile and opening input, suggestions) are
 * in matching.ts.
 */
import { z } from 'zod';
import { childcareNeeds, workPaths } from '../domain/matching/match-score.ts';
import { qualificationKinds } from '../domain/matching/qualifications.ts';
import { workProgrammeKinds } from '../domain/matching/programme-kinds.ts';
import { ZDisplayName, ZEmail, ZId, ZLocale } from './common.ts';
import { ZPassword } from './session.ts';
import {
  shareableProfileFields,
  ZGeoPoint,
  ZWeeklyRange,
  ZWorkOpeningInput,
  ZWorkProfileInput,
} from './matching.ts';
import { ZPublicMunicipalityParams } from './events.ts';

export const ZWorkSkill = z.object({ id: ZId, label: z.string() });

export const ZWorkProgramme = z.object({
  id: ZId,
  name: z.string(),
  kind: z.enum(workProgrammeKinds),
  skills: z.array(ZWorkSkill),
});
export type TWorkProgramme = z.infer<typeof ZWorkProgramme>;
export const ZWorkProgrammeList = z.object({ items: z.array(ZWorkProgramme) });

export const ZCreateWorkProgramme = z.object({
  name: z.string().trim().min(1).max(80),
  kind: z.enum(workProgrammeKinds).default('return_to_work'),
  skillLabels: z.array(z.string().trim().min(1).max(40)).max(200),
});

export const ZInviteProgrammeStaff = z.object({ email: ZEmail, displayName: ZDisplayName });

export const ZPublicProgrammeParams = ZPublicMunicipalityParams.extend({ id: ZId });

/** A resident signs up for a programme: no employer's invite code, the same mailed link. */
export const ZParticipantSignUpRequest = z.object({
  email: ZEmail,
  password: ZPassword,
  displayName: ZDisplayName,
  locale: ZLocale.default('ja'),
});

/** What a participant writes about themself (the staff's reference is made for them). */
export const ZMyWorkProfileInput = ZWorkProfileInput.omit({ userId: true, referenceLabel: true });
export type TMyWorkProfileInput = z.infer<typeof ZMyWorkProfileInput>;

/** A profile as its owner and the programme's staff read it. */
export const ZWorkProfile = z.object({
  id: ZId,
  programmeId: ZId,
  referenceLabel: z.string(),
  skillIds: z.array(ZId),
  freeWords: z.array(z.string()),
  experience: z.string(),
  qualifications: z.array(
    z.object({ kind: z.enum(qualificationKinds), registrationNumber: z.string().nullable() }),
  ),
  hoursPerWeekMin: z.number(),
  hoursPerWeekMax: z.number(),
  availability: z.array(ZWeeklyRange),
  remoteOk: z.boolean(),
  onsiteOk: z.boolean(),
  home: ZGeoPoint.nullable(),
  maxTravelKm: z.number().nullable(),
  availableFrom: z.string().nullable(),
  childcareNeed: z.enum(childcareNeeds),
  path: z.enum(workPaths),
  shownToCompanies: z.array(z.enum(shareableProfileFields)),
  updatedAt: z.string(),
});
export type TWorkProfile = z.infer<typeof ZWorkProfile>;
export const ZMyWorkProfile = z.object({ profile: ZWorkProfile.nullable() });

/** Posting an opening: a company's admin for its own company, or the programme's staff. */
export const ZPostWorkOpening = ZWorkOpeningInput;

/** An opening as the public and a company read it: nothing of any person. */
export const ZPublicWorkOpening = z.object({
  id: ZId,
  programmeId: ZId,
  kind: ZWorkOpeningInput.shape.kind,
  employmentType: ZWorkOpeningInput.shape.employmentType,
  title: z.string(),
  description: z.string(),
  deliverable: z.string().nullable(),
  teamSize: z.number().int().nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  hoursPerWeekMin: z.number(),
  hoursPerWeekMax: z.number(),
  schedule: z.array(ZWeeklyRange),
  workMode: ZWorkOpeningInput.shape.workMode,
  placeLabel: z.string().nullable(),
  employerName: z.string(),
  employerLocation: z.string().nullable(),
  childcareProvided: z.boolean(),
  pay: z.string().nullable(),
  startsOn: z.string().nullable(),
  datePosted: z.string(),
  validThrough: z.string().nullable(),
});
export type TPublicWorkOpening = z.infer<typeof ZPublicWorkOpening>;

/** The list with one schema.org JobPosting per opening, for the public page's JSON-LD. */
export const ZPublicWorkOpeningList = z.object({
  municipalityName: z.string(),
  items: z.array(ZPublicWorkOpening),
  jsonLd: z.array(z.record(z.string(), z.unknown())),
});

/** The public page of one opening, with its JobPosting for the page's JSON-LD. */
export const ZPublicOpeningParams = ZPublicMunicipalityParams.extend({ id: ZId });
export const ZPublicWorkOpeningPage = z.object({
  municipalityName: z.string(),
  opening: ZPublicWorkOpening,
  jsonLd: z.record(z.string(), z.unknown()),
});
export type TPublicWorkOpeningPage = z.infer<typeof ZPublicWorkOpeningPage>;

export const workOpeningStatuses = ['open', 'closed'] as const;

/**
 * An opening as its poster reads it to edit or close it: what the public sees, whether it
 * is still offered, and the form's values as they were posted.
 */
export const ZOwnWorkOpening = z.object({
  opening: ZPublicWorkOpening,
  status: z.enum(workOpeningStatuses),
  input: ZWorkOpeningInput,
});
export type TOwnWorkOpening = z.infer<typeof ZOwnWorkOpening>;
export const ZOwnWorkOpeningList = z.object({
  /** For the public pages' addresses (/m/<code>/work/<id>). */
  municipalityCode: z.string(),
  organizationId: ZId,
  organizationName: z.string(),
  items: z.array(ZOwnWorkOpening),
});
