import { z } from 'zod';
import {
  consultationPreferences,
  consultationStatuses,
  consultationTopics,
  maxMessageLength,
  maxUrgency,
  messageLogRoles,
  messageSenderRoles,
} from '../domain/consultation.ts';
import { lifeEvents, outcomes, referralTypes, severities } from '../domain/case-coding.ts';
import { riskCategories } from '../domain/risk-screening.ts';
import { licenceTypes } from '../domain/roles.ts';
import { isMultiLineText, noControlCharacters, ZId, ZIsoDateTime } from './common.ts';
import { ZCallSummary } from './calls.ts';
import { maxAttachmentsPerMessage } from '../domain/attachments.ts';
import { ZMessageAttachment } from './attachments.ts';

export const ZConsultationTopic = z.enum(consultationTopics);
export const ZConsultationStatus = z.enum(consultationStatuses);
export const ZConsultationPreference = z.enum(consultationPreferences);
export const ZMessageSenderRole = z.enum(messageSenderRoles);

/** A per-consultation sequence number: 1, 2, 3 … without gaps. */
export const ZSeq = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/**
 * A message as typed. Line breaks and tabs are kept; other control characters and
 * lone surrogates are refused because they cannot be stored or shown faithfully.
 */
export const ZMessageText = z
  .string()
  .max(maxMessageLength)
  .refine(isMultiLineText, noControlCharacters)
  .refine((s) => !/\p{Cs}/u.test(s), { message: 'invalid characters' });

export const ZMessageBody = ZMessageText.refine((s) => s.trim().length > 0, {
  message: 'empty message',
});

/** The client's idempotency key: the same id sent twice is the same message. */
export const ZClientMsgId = z.uuid();

export const ZSendMessageRequest = z.object({ clientMsgId: ZClientMsgId, body: ZMessageBody });
export type TSendMessageRequest = z.infer<typeof ZSendMessageRequest>;

/**
 * A message in an open consultation: text, files uploaded before (by their ids), or both.
 * A photo alone needs no words.
 */
export const ZPostMessageRequest = z
  .object({
    clientMsgId: ZClientMsgId,
    body: ZMessageText,
    attachmentIds: z.array(ZId).max(maxAttachmentsPerMessage).default([]),
  })
  .refine((m) => m.body.trim().length > 0 || m.attachmentIds.length > 0, {
    path: ['body'],
    message: 'empty message',
  })
  .refine((m) => new Set(m.attachmentIds).size === m.attachmentIds.length, {
    path: ['attachmentIds'],
    message: 'the same file twice',
  });
export type TPostMessageRequest = z.input<typeof ZPostMessageRequest>;

/** Sent only after the message is committed: from then on it cannot be lost. */
export const ZMessageAck = z.object({
  consultationId: ZId,
  clientMsgId: ZClientMsgId,
  seq: ZSeq,
  createdAt: ZIsoDateTime,
});
export type TMessageAck = z.infer<typeof ZMessageAck>;

export const ZMessage = z.object({
  id: ZId,
  consultationId: ZId,
  seq: ZSeq,
  clientMsgId: ZClientMsgId,
  senderRole: z.enum(messageLogRoles),
  /** True for the viewer's own messages; computed for each recipient. */
  mine: z.boolean(),
  body: z.string(),
  attachments: z.array(ZMessageAttachment),
  createdAt: ZIsoDateTime,
  /** Set on the system entry a call leaves in the log (its body is empty). */
  call: ZCallSummary.optional(),
});
export type TMessage = z.infer<typeof ZMessage>;

export const ZMessagePage = z.object({
  items: z.array(ZMessage),
  /** The consultation's last sequence number, so a client knows whether it is complete. */
  lastSeq: ZSeq,
  hasMore: z.boolean(),
});
export type TMessagePage = z.infer<typeof ZMessagePage>;

export const maxMessagePageSize = 500;

/** HTTP query: numbers arrive as text. */
export const ZListMessagesQuery = z.object({
  afterSeq: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
  limit: z.coerce.number().int().min(1).max(maxMessagePageSize).default(100),
});

/** How far one participant has received and read. */
export const ZReceipt = z.object({
  consultationId: ZId,
  readerRole: ZMessageSenderRole,
  mine: z.boolean(),
  deliveredSeq: ZSeq,
  readSeq: ZSeq,
  updatedAt: ZIsoDateTime,
});
export type TReceipt = z.infer<typeof ZReceipt>;

export const ZReceiptFields = z.object({ deliveredSeq: ZSeq.optional(), readSeq: ZSeq.optional() });
const hasAReceipt = (v: { deliveredSeq?: number | undefined; readSeq?: number | undefined }) =>
  v.deliveredSeq !== undefined || v.readSeq !== undefined;
export const ZReceiptRequest = ZReceiptFields.refine(hasAReceipt, {
  message: 'deliveredSeq or readSeq is required',
});
export type TReceiptRequest = z.infer<typeof ZReceiptRequest>;

export const ZJoinedSupervisor = z.object({
  licence: z.enum(licenceTypes).nullable(),
  joinedAt: ZIsoDateTime,
  /** whether it is the viewer */
  me: z.boolean(),
});
export type TJoinedSupervisor = z.infer<typeof ZJoinedSupervisor>;

export const ZConsultation = z.object({
  id: ZId,
  status: ZConsultationStatus,
  topics: z.array(ZConsultationTopic),
  preference: ZConsultationPreference,
  urgency: z.number().int().min(0).max(maxUrgency),
  lastSeq: ZSeq,
  /** How the viewer relates to it. */
  viewerIs: z.enum(['person', 'assigned_coordinator', 'supervisor']),
  coordinatorAssigned: z.boolean(),
  receipts: z.array(ZReceipt),
  createdAt: ZIsoDateTime,
  closedAt: ZIsoDateTime.nullable(),
  /**
   * Supervisors in the conversation now, by licence only (never a name): shown to the
   * person, so no one is a hidden observer. Given when one consultation is read.
   */
  supervisors: z.array(ZJoinedSupervisor).optional(),
  /**
   * To the person, when a coordinator of the network's shared night pool holds it (issue
   * 18): their licence only, never their name or city. Given when one consultation is read.
   */
  nightTeam: z
    .object({ licence: z.enum(licenceTypes) })
    .nullable()
    .optional(),
  /**
   * In the care team's list: since when the person has waited for a reply (their latest
   * message, nobody of the care team having written after it); null when not waiting.
   */
  awaitingReplySince: ZIsoDateTime.nullable().optional(),
});
export type TConsultation = z.infer<typeof ZConsultation>;
export const ZConsultationList = z.object({ items: z.array(ZConsultation) });

export const ZStartConsultationRequest = z.object({
  topics: z
    .array(ZConsultationTopic)
    .min(1)
    .max(consultationTopics.length)
    .refine((t) => new Set(t).size === t.length, { message: 'duplicate topics' }),
  preference: ZConsultationPreference.default('chat'),
  /** Whether to return to the coordinator of one's previous consultation when on duty. */
  sameCoordinator: z.boolean().default(true),
  /** The first message; its client id also makes starting idempotent. */
  firstMessage: ZSendMessageRequest,
});
export type TStartConsultationRequest = z.input<typeof ZStartConsultationRequest>;

export const ZStartConsultationResponse = z.object({
  consultation: ZConsultation,
  message: ZMessage,
});

/**
 * A waiting consultation as the care team's queue shows it: what it is about and how
 * long it has waited, never its content or who asked; those come with claiming it.
 */
export const ZQueueEntry = z.object({
  id: ZId,
  position: z.number().int().min(1),
  topics: z.array(ZConsultationTopic),
  preference: ZConsultationPreference,
  urgency: z.number().int().min(0).max(maxUrgency),
  waitingSince: ZIsoDateTime,
  /** The first-response target, by the time band the wait started in. */
  responseDueAt: ZIsoDateTime,
  overdue: z.boolean(),
});
export type TQueueEntry = z.infer<typeof ZQueueEntry>;
export const ZQueue = z.object({ items: z.array(ZQueueEntry) });
export type TQueue = z.infer<typeof ZQueue>;

const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((list) => new Set(list).size === list.length, { message: 'duplicates' });

/** Closing requires the structured case record that later feeds anonymous statistics. */
export const ZCaseCoding = z.object({
  topics: uniqueList(ZConsultationTopic, consultationTopics.length).refine((t) => t.length > 0, {
    message: 'at least one topic',
  }),
  lifeEvents: uniqueList(z.enum(lifeEvents), lifeEvents.length),
  severity: z.enum(severities),
  outcome: z.enum(outcomes),
  referrals: uniqueList(z.enum(referralTypes), referralTypes.length),
  /**
   * The coordinator's short summary for statistics. It is never stored as written: the
   * de-identified text goes into the anonymous case record.
   */
  summary: z.string().trim().max(2000).refine(isMultiLineText, noControlCharacters).optional(),
});
export type TCaseCoding = z.infer<typeof ZCaseCoding>;

export const ZCloseConsultationRequest = z.object({
  coding: ZCaseCoding,
  /**
   * A supervisor closing a high-risk consultation without a referral or appointment
   * records that they approve it (domain/close-safeguard.ts); ignored for anyone else.
   */
  supervisorApproval: z.boolean().optional(),
});

/** A risk expression the crisis screening found, for the care team's risk-assessment panel. */
export const ZRiskFlag = z.object({
  id: ZId,
  level: z.enum(['concern', 'high']),
  categories: z.array(z.enum(riskCategories)),
  messageSeq: ZSeq,
  createdAt: ZIsoDateTime,
  acknowledgedAt: ZIsoDateTime.nullable(),
});
export type TRiskFlag = z.infer<typeof ZRiskFlag>;
export const ZRiskFlagList = z.object({ items: z.array(ZRiskFlag) });

/** Why a consultation went to its coordinator ("why me"), for the care team. */
export const ZRoutingReason = z.discriminatedUnion('code', [
  z.object({ code: z.literal('continuity') }),
  z.object({
    code: z.literal('licence_match'),
    licence: z.enum(licenceTypes),
    topic: ZConsultationTopic,
  }),
  z.object({ code: z.literal('load'), active: z.number().int(), capacity: z.number().int() }),
]);
export const ZAssignmentExplanation = z.object({
  method: z.enum(['routing', 'claim', 'reassign']),
  /** Reasons as they stood when it was decided (a load reason counts the cases before this one). */
  reasons: z.array(ZRoutingReason),
  decidedAt: ZIsoDateTime,
  /** The holder's open consultations now, this one included, against the limit. */
  holderLoad: z.object({ active: z.number().int(), capacity: z.number().int() }).nullable(),
});
export type TAssignmentExplanation = z.infer<typeof ZAssignmentExplanation>;

/**
 * What a waiting person is told: where they are in the queue, how many coordinators are
 * on duty right now, and an estimate only when there is an honest basis for one.
 */
export const ZWaitingStatus = z.object({
  position: z.number().int().min(1).nullable(),
  onDutyNow: z.number().int().nonnegative(),
  estimatedWaitMinutes: z.number().int().nonnegative().nullable(),
});
export type TWaitingStatus = z.infer<typeof ZWaitingStatus>;

/** A private note of the care team on a consultation; never shown to the person. */
export const ZNoteBody = z
  .string()
  .max(maxMessageLength)
  .refine((s) => s.trim().length > 0, { message: 'empty note' })
  .refine(isMultiLineText, noControlCharacters);
export const ZNote = z.object({
  id: ZId,
  kind: z.enum(['note', 'handover']),
  authorRole: ZMessageSenderRole,
  mine: z.boolean(),
  body: z.string(),
  createdAt: ZIsoDateTime,
});
export type TNote = z.infer<typeof ZNote>;
export const ZNoteList = z.object({ items: z.array(ZNote) });
export const ZAddNoteRequest = z.object({ body: ZNoteBody });

/** Hand a consultation to another coordinator, with a note the next one reads first. */
export const ZTransferRequest = z.object({ coordinatorId: ZId, handoverNote: ZNoteBody });

export const ZCannedReply = z.object({
  id: ZId,
  title: z.string(),
  body: z.string(),
  updatedAt: ZIsoDateTime,
});
export type TCannedReply = z.infer<typeof ZCannedReply>;
export const ZCannedReplyList = z.object({ items: z.array(ZCannedReply) });
export const ZCreateCannedReplyRequest = z.object({
  title: z.string().trim().min(1).max(60),
  body: ZNoteBody,
});

/** The person's rating after closing: once, 1 (poor) to 5 (very good), an optional word. */
export const ZRateConsultationRequest = z.object({
  score: z.number().int().min(1).max(5),
  comment: z.string().trim().max(500).refine(isMultiLineText, noControlCharacters).optional(),
});
export const ZRating = z.object({
  score: z.number().int(),
  comment: z.string().nullable(),
  ratedAt: ZIsoDateTime,
});

/**
 * What the person sees at the end of a closed consultation: their rating if given, and
 * whether their next consultation should go to the same coordinator when on shift.
 */
export const ZConsultationClosing = z.object({
  rating: ZRating.nullable(),
  sameCoordinatorNextTime: z.boolean(),
});
export type TConsultationClosing = z.infer<typeof ZConsultationClosing>;
export const ZNextTimeCoordinatorRequest = z.object({ sameCoordinator: z.boolean() });

/**
 * What a coordinator hands over at the end of a shift: each open consultation with its
 * state, and what still needs doing. No message content: the next person opens the chat.
 */
export const ZHandoverItem = z.object({
  consultationId: ZId,
  topics: z.array(ZConsultationTopic),
  urgency: z.number().int(),
  waitingForReply: z.boolean(),
  overdue: z.boolean(),
  unacknowledgedRisk: z.boolean(),
  openReferrals: z.number().int().nonnegative(),
  lastMessageAt: ZIsoDateTime.nullable(),
});
export const ZHandoverSummary = z.object({
  generatedAt: ZIsoDateTime,
  queueLength: z.number().int().nonnegative(),
  items: z.array(ZHandoverItem),
});
export type THandoverSummary = z.infer<typeof ZHandoverSummary>;
