import { z } from 'zod';
import { riskCategories } from '../domain/risk-screening.ts';
import { ZId, ZIsoDateTime } from './common.ts';
import { ZCloseApproval } from './follow-ups.ts';

/**
 * One consultation in the 緊急 inbox: a risk flag nobody has acknowledged yet. What the
 * care team needs to act at once — how long it has waited, who holds it, whether a
 * supervisor is with the person — and never the message itself.
 */
export const ZCrisisInboxEntry = z.object({
  consultationId: ZId,
  level: z.enum(['concern', 'high']),
  categories: z.array(z.enum(riskCategories)),
  /** The oldest unacknowledged flag: the wait that matters. */
  flaggedSince: ZIsoDateTime,
  unacknowledged: z.number().int().min(1),
  status: z.enum(['queued', 'active']),
  /** The coordinator who holds it (display name), null while it waits in the queue. */
  holderName: z.string().nullable(),
  heldByMe: z.boolean(),
  /** Supervisors with the person now (display names). */
  supervisorNames: z.array(z.string()),
  joinedByMe: z.boolean(),
  /**
   * Who acknowledged the alert ("seen, I am on it") and when; null until someone does.
   * Only unacknowledged entries count in the header's red badge; an entry stays in the
   * inbox until the risk assessment is recorded.
   */
  seenByName: z.string().nullable(),
  seenAt: ZIsoDateTime.nullable(),
});
export type TCrisisInboxEntry = z.infer<typeof ZCrisisInboxEntry>;
export const ZCrisisInbox = z.object({
  items: z.array(ZCrisisInboxEntry),
  /** Coordinators' requests to close without a follow-up, waiting for a supervisor (supervisors only). */
  closeRequests: z.array(ZCloseApproval),
});
export type TCrisisInbox = z.infer<typeof ZCrisisInbox>;
