import { z } from 'zod';
import { isMultiLineText, noControlCharacters, ZId, ZIsoDateTime } from './common.ts';
import { ZSendMessageRequest } from './consultations.ts';

/** A short text of the care team (a check-in's note, a reason, a supervisor's comment). */
const ZCareTeamText = z.string().trim().max(500).refine(isMultiLineText, noControlCharacters);

/**
 * A planned contact with the person (issue 13): when (an instant; Japan time on screen),
 * who (a coordinator, or null for the care team on shift), and a note for the care team
 * only. Counts as the follow-up that lets a high-risk consultation close.
 */
export const ZScheduleCheckInRequest = z.object({
  dueAt: ZIsoDateTime,
  coordinatorId: ZId.nullable(),
  note: ZCareTeamText.optional(),
});
export type TScheduleCheckInRequest = z.infer<typeof ZScheduleCheckInRequest>;

/** `overdue` is `scheduled` past its time; decided when read. */
export const checkInStates = ['due', 'overdue', 'done', 'cancelled'] as const;
export type CheckInState = (typeof checkInStates)[number];

export const ZCheckIn = z.object({
  id: ZId,
  consultationId: ZId,
  dueAt: ZIsoDateTime,
  state: z.enum(checkInStates),
  coordinatorId: ZId.nullable(),
  /** The coordinator's display name; null: the care team on shift. */
  coordinatorName: z.string().nullable(),
  note: z.string().nullable(),
  doneAt: ZIsoDateTime.nullable(),
  /** Where the check-in's message went: the same consultation or a new one. */
  followUpConsultationId: ZId.nullable(),
});
export type TCheckIn = z.infer<typeof ZCheckIn>;
export const ZCheckInList = z.object({ items: z.array(ZCheckIn) });
export type TCheckInList = z.infer<typeof ZCheckInList>;

/** Doing the check-in: the message the person receives. */
export const ZCompleteCheckInRequest = ZSendMessageRequest;
export const ZCompleteCheckInResult = z.object({
  checkIn: ZCheckIn,
  /** The consultation the message is in (a new one when the first was closed). */
  consultationId: ZId,
});

/** What the person sees: that the health room will contact them then, nothing else. */
export const ZPlannedContact = z.object({ dueAt: ZIsoDateTime.nullable() });

export const ZCloseApprovalRequestBody = z.object({
  reason: ZCareTeamText.refine((s) => s.length > 0, { message: 'a reason is required' }),
});
export const ZCloseApprovalDecisionBody = z.object({
  decision: z.enum(['approved', 'declined']),
  comment: ZCareTeamText.refine((s) => s.length > 0, { message: 'a comment is required' }),
});

/** A coordinator's request to close a high-risk consultation without a follow-up. */
export const ZCloseApproval = z.object({
  id: ZId,
  consultationId: ZId,
  status: z.enum(['pending', 'approved', 'declined']),
  requestedByName: z.string().nullable(),
  reason: z.string(),
  requestedAt: ZIsoDateTime,
  decidedByName: z.string().nullable(),
  comment: z.string().nullable(),
  decidedAt: ZIsoDateTime.nullable(),
});
export type TCloseApproval = z.infer<typeof ZCloseApproval>;
/** The latest request of a consultation, or none. */
export const ZCloseApprovalState = z.object({ request: ZCloseApproval.nullable() });
