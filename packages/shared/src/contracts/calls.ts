import { z } from 'zod';
import {
  callEndReasons,
  callKinds,
  callStates,
  candidateProblem,
  maxCandidateLength,
  sdpProblem,
} from '../domain/call.ts';
import { ZId, ZIsoDateTime } from './common.ts';

export const ZCallKind = z.enum(callKinds);
export const ZCallState = z.enum(callStates);
export const ZCallEndReason = z.enum(callEndReasons);

/** A call as its two parties see it. No media, no SDP: only that it happened and how long. */
export const ZCall = z.object({
  id: ZId,
  consultationId: ZId,
  kind: ZCallKind,
  state: ZCallState,
  /** True for the party who started it. */
  mine: z.boolean(),
  /** Which side started it; never who. */
  startedByCareTeam: z.boolean(),
  createdAt: ZIsoDateTime,
  answeredAt: ZIsoDateTime.nullable(),
  endedAt: ZIsoDateTime.nullable(),
  endReason: ZCallEndReason.nullable(),
  /** From acceptance to hang-up, once it ended after being answered. */
  durationSeconds: z.number().int().min(0).nullable(),
});
export type TCall = z.infer<typeof ZCall>;

/** The consultation's current call, if one rings or runs. */
export const ZCurrentCall = z.object({ call: ZCall.nullable() });
export type TCurrentCall = z.infer<typeof ZCurrentCall>;

/**
 * The durable timeline entry a call leaves in the consultation's message log (its own
 * sequence number), written when the call ends.
 */
export const ZCallSummary = z.object({
  callId: ZId,
  kind: ZCallKind,
  endReason: ZCallEndReason,
  durationSeconds: z.number().int().min(0).nullable(),
});
export type TCallSummary = z.infer<typeof ZCallSummary>;

/**
 * What RTCPeerConnection needs to reach the other side: STUN, and TURN with credentials
 * valid for a short time (coturn's REST scheme). `relay` forces every call through TURN.
 */
export const ZIceServer = z.object({
  urls: z.array(z.string()).min(1),
  username: z.string().optional(),
  credential: z.string().optional(),
});
export const ZIceConfig = z.object({
  iceServers: z.array(ZIceServer),
  iceTransportPolicy: z.enum(['all', 'relay']),
  /** When the TURN credentials stop working; the client asks again before each call. */
  expiresAt: ZIsoDateTime.nullable(),
});
export type TIceConfig = z.infer<typeof ZIceConfig>;

/** `sdpProblem` checks the length first, so one clear message covers an oversized one. */
export const ZSdp = z.string().superRefine((sdp, ctx) => {
  const problem = sdpProblem(sdp);
  if (problem) ctx.addIssue({ code: 'custom', message: `malformed SDP: ${problem}` });
});

export const ZIceCandidate = z.object({
  candidate: z
    .string()
    .max(maxCandidateLength)
    .superRefine((candidate, ctx) => {
      const problem = candidateProblem(candidate);
      if (problem) ctx.addIssue({ code: 'custom', message: `malformed candidate: ${problem}` });
    }),
  sdpMid: z
    .string()
    .max(32)
    .regex(/^[\x21-\x7e]*$/)
    .nullable(),
  sdpMLineIndex: z.number().int().min(0).max(64).nullable(),
  usernameFragment: z
    .string()
    .max(256)
    .regex(/^[\x21-\x7e]*$/)
    .nullable()
    .optional(),
});
export type TIceCandidate = z.infer<typeof ZIceCandidate>;

export const ZCallInvite = z.object({ consultationId: ZId, kind: ZCallKind });
export type TCallInvite = z.infer<typeof ZCallInvite>;

/** accept, decline, hang up (a caller's hang-up while it rings cancels it) */
export const ZCallRef = z.object({ callId: ZId });
export type TCallRef = z.infer<typeof ZCallRef>;

export const ZCallDescription = z.object({ callId: ZId, sdp: ZSdp });
export type TCallDescription = z.infer<typeof ZCallDescription>;

export const ZCallIce = z.object({ callId: ZId, candidate: ZIceCandidate });
export type TCallIce = z.infer<typeof ZCallIce>;
