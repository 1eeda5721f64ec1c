/**
 * The childcare-worker job centre (保育のおしごと支援センター, issue 17) as its staff use it:
 * nurseries with the short-of-staff flag, their openings, the seekers and where each
 * stands, and the figures of the year. Suggestions, introductions and steps are the
 * engine's own endpoints (work-introductions.ts).
 */
import { z } from 'zod';
import { ZId, ZIsoDateTime } from './common.ts';
import { ZWorkOpeningInput } from './matching.ts';
import { ZPublicWorkOpening } from './work.ts';

const ZMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

export const ZJobCentreNursery = z.object({
  facilityId: ZId,
  name: z.string(),
  area: z.string().nullable(),
  phone: z.string().nullable(),
  /** Staff it lacks this month, when it limits its intake for want of staff; else null. */
  staffShort: z.number().int().nullable(),
  openOpenings: z.number().int(),
});
export type TJobCentreNursery = z.infer<typeof ZJobCentreNursery>;

export const jobSeekerStages = ['registered', 'introduced', 'placed'] as const;
export const ZJobCentreSeeker = z.object({
  profileId: ZId,
  referenceLabel: z.string(),
  seekerKind: z.enum(['nursery_teacher', 'childcare_assistant']),
  stage: z.enum(jobSeekerStages),
  hoursPerWeekMin: z.number(),
  hoursPerWeekMax: z.number(),
  /** The person came through a referral from the health room they agreed to; nothing more. */
  fromHealthRoom: z.boolean(),
  registeredAt: ZIsoDateTime,
});
export type TJobCentreSeeker = z.infer<typeof ZJobCentreSeeker>;

export const ZJobCentreOpening = ZPublicWorkOpening.extend({
  facilityId: ZId.nullable(),
  staffShort: z.number().int().nullable(),
});
export type TJobCentreOpening = z.infer<typeof ZJobCentreOpening>;

/** The past twelve months up to today (Japan days), as the city reports them. */
export const ZJobCentreFigures = z.object({
  from: z.string(),
  to: z.string(),
  registered: z.number().int(),
  introduced: z.number().int(),
  placed: z.number().int(),
  /** Referrals from the health room the people agreed to (a count only). */
  referredFromHealthRoom: z.number().int(),
});
export type TJobCentreFigures = z.infer<typeof ZJobCentreFigures>;

export const ZJobCentre = z.object({
  programme: z.object({ id: ZId, name: z.string() }),
  month: ZMonth,
  figures: ZJobCentreFigures,
  nurseries: z.array(ZJobCentreNursery),
  openings: z.array(ZJobCentreOpening),
  seekers: z.array(ZJobCentreSeeker),
});
export type TJobCentre = z.infer<typeof ZJobCentre>;

/** 0 clears the flag for that month. */
export const ZRecordStaffShortage = z.object({
  programmeId: ZId,
  month: ZMonth,
  staffShort: z.number().int().min(0).max(50),
});
export const ZStaffShortage = z.object({
  facilityId: ZId,
  month: ZMonth,
  staffShort: z.number().int().nullable(),
});

/** A nursery opening: the employer, its place and address are the facility's own. */
export const ZPostNurseryOpening = ZWorkOpeningInput.omit({
  employerOrganizationId: true,
  employerName: true,
  employerLocation: true,
  placeLabel: true,
  place: true,
});
export type TPostNurseryOpening = z.infer<typeof ZPostNurseryOpening>;
