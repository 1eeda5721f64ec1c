/**
 * Back to work (issue 17): the programme's hearing (ヒアリング) with a participant and the
 * participant's page as the programme's own staff read it. The person reads only that a
 * hearing took place and its day, never the staff's words.
 */
import { z } from 'zod';
import { ZId } from './common.ts';
import { ZWorkIntroduction } from './work-introductions.ts';
import { ZWorkProfile } from './work.ts';

const text = (max: number) => z.string().trim().max(max);

export const ZRecordHearing = z.object({
  /** The Japanese calendar day it was held (not in the future). */
  heldOn: z.iso.date(),
  wishes: text(2000).min(1),
  constraints: text(2000).default(''),
  nextStep: text(1000).default(''),
});
export type TRecordHearing = z.infer<typeof ZRecordHearing>;

export const ZWorkHearing = z.object({
  id: ZId,
  heldOn: z.string(),
  wishes: z.string(),
  constraints: z.string(),
  nextStep: z.string(),
  mine: z.boolean(),
  createdAt: z.string(),
});
export type TWorkHearing = z.infer<typeof ZWorkHearing>;

/** What the person reads of their hearings: the day, nothing the staff wrote. */
export const ZMyWorkHearingList = z.object({
  items: z.array(z.object({ id: ZId, heldOn: z.string() })),
});

/** A participant's page for the programme's staff: profile, hearings, introductions. */
export const ZWorkParticipant = z.object({
  profile: ZWorkProfile,
  hearings: z.array(ZWorkHearing),
  introductions: z.array(ZWorkIntroduction),
});
export type TWorkParticipant = z.infer<typeof ZWorkParticipant>;
