import { z } from 'zod';
import { errorCodes } from '../errors.ts';
import { ZId } from './common.ts';
import {
  maxMessagePageSize,
  ZReceiptFields,
  ZPostMessageRequest,
  ZSeq,
  type TConsultation,
  type TMessage,
  type TMessageAck,
  type TMessagePage,
  type TReceipt,
} from './consultations.ts';
import type { TCall, TCallDescription, TCallIce, TCallInvite, TCallRef } from './calls.ts';

/**
 * The real-time channel (Socket.IO on the same origin, authenticated by the session
 * cookie). Payloads have the same shapes as the HTTP API's; socket payloads are strict
 * (no coercion of text to numbers).
 */
export const realtimeEvents = {
  /** client → server, acknowledged with a message ack once committed */
  sendMessage: 'message:send',
  /** client → server: everything after a sequence number, from the database */
  sync: 'consultation:sync',
  /** client → server: receive a consultation's live events from now on */
  join: 'consultation:join',
  /** client → server: record delivered / read */
  markReceipt: 'receipt:mark',
  /** client → server: I am typing / stopped (never stored, never acknowledged with content) */
  typing: 'typing:set',
  /** server → client */
  messageNew: 'message:new',
  receiptUpdate: 'receipt:update',
  typingUpdate: 'typing:update',
  /** client → server: calls (see contracts/calls.ts); acknowledged with the call or ok */
  callInvite: 'call:invite',
  callAccept: 'call:accept',
  callDecline: 'call:decline',
  callHangup: 'call:hangup',
  callOffer: 'call:offer',
  callAnswer: 'call:answer',
  callIce: 'call:ice',
  /** server → client: the callee's app rings; every change of a call reaches both parties */
  callRinging: 'call:ringing',
  callState: 'call:state',
  /**
   * server → client: the waiting queue of the person's municipality changed (to the care
   * team and to people who consult, so a waiting position refreshes). Carries nothing.
   */
  queueChanged: 'queue:changed',
  /** server → client: a consultation's status, assignee or participants changed; re-read it. */
  consultationChanged: 'consultation:changed',
  /**
   * server → client: to the municipality's care team only, when a risk flag, a holder or
   * a joined supervisor may have changed: the 緊急 inbox re-reads. Carries nothing.
   */
  crisisChanged: 'crisis:changed',
} as const;

export const ZSocketSendMessage = ZPostMessageRequest.safeExtend({ consultationId: ZId });
export type TSocketSendMessage = z.input<typeof ZSocketSendMessage>;

export const ZSocketSync = z.object({
  consultationId: ZId,
  afterSeq: ZSeq,
  limit: z.number().int().min(1).max(maxMessagePageSize).optional(),
});
export type TSocketSync = z.infer<typeof ZSocketSync>;

export const ZSocketJoin = z.object({ consultationId: ZId });
export type TSocketJoin = z.infer<typeof ZSocketJoin>;

export const ZSocketReceipt = ZReceiptFields.extend({ consultationId: ZId }).refine(
  (v) => v.deliveredSeq !== undefined || v.readSeq !== undefined,
  { message: 'deliveredSeq or readSeq is required' },
);
export type TSocketReceipt = z.infer<typeof ZSocketReceipt>;

export const ZSocketTyping = z.object({ consultationId: ZId, typing: z.boolean() });
export type TSocketTyping = z.infer<typeof ZSocketTyping>;

/** Whether the other side is typing; says which side, never who. */
export const ZTypingUpdate = z.object({
  consultationId: ZId,
  fromCareTeam: z.boolean(),
  typing: z.boolean(),
});
export type TTypingUpdate = z.infer<typeof ZTypingUpdate>;

/** Only the id: whoever receives it re-reads the consultation through the API (authorized there). */
export const ZConsultationChanged = z.object({ consultationId: ZId });
export type TConsultationChanged = z.infer<typeof ZConsultationChanged>;

/** What a refused socket request acknowledges, with a catalog code like the HTTP API. */
export const ZSocketError = z.object({
  error: z.object({
    code: z.enum(errorCodes as [string, ...string[]]),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type TSocketError = z.infer<typeof ZSocketError>;

type Ack<T> = (response: T | TSocketError) => void;

/** Typed event maps for `Socket<ServerToClientEvents, ClientToServerEvents>` on both sides. */
export interface ClientToServerEvents {
  'message:send': (payload: TSocketSendMessage, ack: Ack<TMessageAck>) => void;
  'consultation:sync': (payload: TSocketSync, ack: Ack<TMessagePage>) => void;
  'consultation:join': (payload: TSocketJoin, ack: Ack<TConsultation>) => void;
  'receipt:mark': (payload: TSocketReceipt, ack: Ack<TReceipt>) => void;
  'typing:set': (payload: TSocketTyping, ack?: Ack<{ ok: true }>) => void;
  'call:invite': (payload: TCallInvite, ack: Ack<TCall>) => void;
  'call:accept': (payload: TCallRef, ack: Ack<TCall>) => void;
  'call:decline': (payload: TCallRef, ack: Ack<TCall>) => void;
  'call:hangup': (payload: TCallRef, ack: Ack<TCall>) => void;
  'call:offer': (payload: TCallDescription, ack: Ack<{ ok: true }>) => void;
  'call:answer': (payload: TCallDescription, ack: Ack<{ ok: true }>) => void;
  'call:ice': (payload: TCallIce, ack: Ack<{ ok: true }>) => void;
}

export interface ServerToClientEvents {
  'message:new': (message: TMessage) => void;
  'receipt:update': (receipt: TReceipt) => void;
  'typing:update': (update: TTypingUpdate) => void;
  'call:ringing': (call: TCall) => void;
  'call:state': (call: TCall) => void;
  'call:offer': (description: TCallDescription) => void;
  'call:answer': (description: TCallDescription) => void;
  'call:ice': (candidate: TCallIce) => void;
  'queue:changed': () => void;
  'consultation:changed': (change: TConsultationChanged) => void;
  'crisis:changed': () => void;
}
