import { callRingSeconds, type CallEndReason, type CallKind } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { AppError, isUniqueViolation } from '../platform/errors.ts';
import type { Db } from '../platform/db/database.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  findConsultation,
  type ConsultationRow,
} from '../consultations/consultations.repository.ts';
import type { MessageRow } from '../consultations/messages.repository.ts';
import { isCareTeam } from '../policy/policy.ts';
import {
  authorizeCallParty,
  otherPartiesOfCall,
  partiesOfCall,
  possibleCallParties,
} from './call-parties.ts';
import { listJoinedSupervisors } from '../consultations/participants.repository.ts';
import {
  findCall,
  findOpenCall,
  insertCall,
  markAnswered,
  markEnded,
  type CallRow,
} from './calls.repository.ts';
import { callState } from './calls.presenter.ts';
import { recordCallEntry } from './call-entry.ts';

/** A call after a change, its consultation, and the timeline entry if it just ended. */
export interface CallChange {
  call: CallRow;
  consultation: ConsultationRow;
  entry: MessageRow | null;
}

const ringExpired = (call: CallRow, now: Date) =>
  callState(call) === 'ringing' &&
  now.getTime() - call.createdAt.getTime() >= callRingSeconds * 1000;

async function findConsultationOf(actor: Actor, ctx: AppContext, consultationId: string) {
  if (!actor.municipalityId) throw new AppError('NOT_FOUND');
  const consultation = await findConsultation(ctx.db, actor.municipalityId, consultationId);
  if (!consultation) throw new AppError('NOT_FOUND');
  return consultation;
}

/** A consultation whose calls the actor may start (possible parties), or NOT_FOUND. */
async function loadConsultationForCall(ctx: AppContext, actor: Actor, consultationId: string) {
  const consultation = await findConsultationOf(actor, ctx, consultationId);
  // Only a supervisor's part depends on having joined: read who joined just then.
  const joined =
    actor.role === 'supervisor'
      ? (await listJoinedSupervisors(ctx.db, consultation.municipalityId, consultation.id)).map(
          (p) => p.userId,
        )
      : [];
  authorizeCallParty(actor, consultation, possibleCallParties(consultation, joined));
  return consultation;
}

/** A call of the actor's municipality that the actor is one of the two parties of, or NOT_FOUND. */
async function loadCallFor(ctx: AppContext, actor: Actor, callId: string) {
  if (!actor.municipalityId) throw new AppError('NOT_FOUND');
  const call = await findCall(ctx.db, actor.municipalityId, callId);
  if (!call) throw new AppError('NOT_FOUND');
  const consultation = await findConsultationOf(actor, ctx, call.consultationId);
  authorizeCallParty(actor, consultation, partiesOfCall(call, consultation));
  return { call, consultation };
}

async function auditStaffStep(
  tx: Db,
  ctx: AppContext,
  actor: Actor,
  action: 'call.started' | 'call.accepted' | 'call.declined' | 'call.ended',
  call: CallRow,
) {
  if (!isCareTeam(actor)) return;
  await recordAudit(
    tx,
    {
      action,
      municipalityId: call.municipalityId,
      actor,
      target: { type: 'consultation', id: call.consultationId },
      detail: {
        callId: call.id,
        kind: call.kind,
        ...(call.endReason ? { endReason: call.endReason } : {}),
      },
    },
    ctx.now(),
  );
}

/** Ends a call and writes its timeline entry in one transaction; null if it had already ended. */
async function endCall(
  ctx: AppContext,
  consultation: ConsultationRow,
  call: CallRow,
  reason: CallEndReason,
  by: { actor: Actor; action: 'call.declined' | 'call.ended' } | null,
): Promise<CallChange | null> {
  return ctx.db.transaction(async (tx) => {
    const ended = await markEnded(tx, call.municipalityId, call.id, {
      at: ctx.now(),
      reason,
      onlyIfRinging: reason !== 'completed',
    });
    if (!ended) return null;
    const entry = await recordCallEntry(tx, ctx.keyring, ended);
    if (by) await auditStaffStep(tx, ctx, by.actor, by.action, ended);
    return { call: ended, consultation, entry };
  });
}

/**
 * A party starts a call: it rings on the other party's devices. One call per
 * consultation at a time; a ring nobody answered in time no longer counts as one.
 */
export async function startCall(
  ctx: AppContext,
  { actor, consultationId, kind }: { actor: Actor; consultationId: string; kind: CallKind },
): Promise<{ started: CallChange; expired: CallChange | null }> {
  const consultation = await loadConsultationForCall(ctx, actor, consultationId);
  if (consultation.status === 'closed') throw new AppError('CONSULTATION_CLOSED');
  const starter = { startedByUserId: actor.userId, startedByRole: actor.role };
  if (otherPartiesOfCall(starter, consultation, actor.userId).length === 0) {
    throw new AppError('CALL_UNAVAILABLE');
  }
  let expired: CallChange | null = null;
  const open = await findOpenCall(ctx.db, consultation.municipalityId, consultation.id);
  if (open && ringExpired(open, ctx.now())) {
    expired = await endCall(ctx, consultation, open, 'missed', null);
  } else if (open) {
    throw new AppError('CALL_IN_PROGRESS');
  }
  try {
    const call = await ctx.db.transaction(async (tx) => {
      const row = await insertCall(tx, consultation.municipalityId, {
        consultationId: consultation.id,
        kind,
        startedByUserId: actor.userId,
        startedByRole: actor.role,
        createdAt: ctx.now(),
      });
      await auditStaffStep(tx, ctx, actor, 'call.started', row);
      return row;
    });
    return { started: { call, consultation, entry: null }, expired };
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CALL_IN_PROGRESS');
    throw error;
  }
}

/** The other party answers a ringing call. */
export async function acceptCall(
  ctx: AppContext,
  { actor, callId }: { actor: Actor; callId: string },
): Promise<CallChange> {
  const { call, consultation } = await loadCallFor(ctx, actor, callId);
  if (call.startedByUserId === actor.userId) throw new AppError('FORBIDDEN');
  if (ringExpired(call, ctx.now())) {
    await endCall(ctx, consultation, call, 'missed', null);
    throw new AppError('CALL_ENDED');
  }
  const answered = await ctx.db.transaction(async (tx) => {
    const row = await markAnswered(tx, call.municipalityId, call.id, ctx.now());
    if (row) await auditStaffStep(tx, ctx, actor, 'call.accepted', row);
    return row;
  });
  if (!answered) throw new AppError('CALL_ENDED');
  return { call: answered, consultation, entry: null };
}

/** The other party says no while it rings. */
export async function declineCall(
  ctx: AppContext,
  { actor, callId }: { actor: Actor; callId: string },
): Promise<CallChange> {
  const { call, consultation } = await loadCallFor(ctx, actor, callId);
  if (call.startedByUserId === actor.userId) throw new AppError('FORBIDDEN');
  const change = await endCall(ctx, consultation, call, 'declined', {
    actor,
    action: 'call.declined',
  });
  if (!change) throw new AppError('CALL_ENDED');
  return change;
}

/**
 * Either party hangs up. While it rings, the caller's hang-up cancels the call and the
 * callee's declines it; once answered, it completes it.
 */
export async function hangUpCall(
  ctx: AppContext,
  { actor, callId }: { actor: Actor; callId: string },
): Promise<CallChange> {
  const { call, consultation } = await loadCallFor(ctx, actor, callId);
  const state = callState(call);
  if (state === 'ended') throw new AppError('CALL_ENDED');
  const reason: CallEndReason =
    state === 'active'
      ? 'completed'
      : call.startedByUserId === actor.userId
        ? 'cancelled'
        : 'declined';
  const change = await endCall(ctx, consultation, call, reason, { actor, action: 'call.ended' });
  if (!change) throw new AppError('CALL_ENDED');
  return change;
}

/** Nobody answered within the ring time. Idempotent: a call answered or ended meanwhile stays. */
export async function missCall(
  ctx: AppContext,
  { municipalityId, callId }: { municipalityId: string; callId: string },
): Promise<CallChange | null> {
  const call = await findCall(ctx.db, municipalityId, callId);
  if (!call || callState(call) !== 'ringing') return null;
  const consultation = await findConsultation(ctx.db, municipalityId, call.consultationId);
  if (!consultation) return null;
  return endCall(ctx, consultation, call, 'missed', null);
}

/**
 * A party left without hanging up (every device disconnected): the call ends as if
 * they had hung up, so it does not block the next one.
 */
export async function abandonCall(
  ctx: AppContext,
  { municipalityId, callId, userId }: { municipalityId: string; callId: string; userId: string },
): Promise<CallChange | null> {
  const call = await findCall(ctx.db, municipalityId, callId);
  if (!call || callState(call) === 'ended') return null;
  const consultation = await findConsultation(ctx.db, municipalityId, call.consultationId);
  if (!consultation) return null;
  const reason: CallEndReason =
    callState(call) === 'active'
      ? 'completed'
      : call.startedByUserId === userId
        ? 'cancelled'
        : 'missed';
  return endCall(ctx, consultation, call, reason, null);
}

/** Who a signal (offer, answer, ICE candidate) of this call may go to, after checking the sender. */
export async function authorizeSignal(
  ctx: AppContext,
  { actor, callId }: { actor: Actor; callId: string },
): Promise<{ call: CallRow; recipients: string[] }> {
  const { call, consultation } = await loadCallFor(ctx, actor, callId);
  if (callState(call) === 'ended') throw new AppError('CALL_ENDED');
  return { call, recipients: otherPartiesOfCall(call, consultation, actor.userId) };
}

/** The consultation's ringing or running call, for a party opening the consultation. */
export async function getCurrentCall(
  ctx: AppContext,
  { actor, consultationId }: { actor: Actor; consultationId: string },
): Promise<CallRow | null> {
  const consultation = await loadConsultationForCall(ctx, actor, consultationId);
  const open = await findOpenCall(ctx.db, consultation.municipalityId, consultation.id);
  if (!open || ringExpired(open, ctx.now())) return null;
  // A joined supervisor is not in the coordinator's call with the person: not theirs to answer.
  return partiesOfCall(open, consultation).includes(actor.userId) ? open : null;
}
