import type { CallEndReason, CallKind, CallState, TCall } from '@yorisoi/shared';
import type { CallRow } from './calls.repository.ts';

export function callState(row: CallRow): CallState {
  if (row.endedAt) return 'ended';
  return row.answeredAt ? 'active' : 'ringing';
}

/** From acceptance to the end; null for a call that was never answered or still runs. */
export function callDurationSeconds(row: CallRow): number | null {
  if (!row.answeredAt || !row.endedAt) return null;
  return Math.max(0, Math.floor((row.endedAt.getTime() - row.answeredAt.getTime()) / 1000));
}

/** `viewerId` is whoever receives it: `mine` differs per party. */
export function presentCall(row: CallRow, viewerId: string): TCall {
  return {
    id: row.id,
    consultationId: row.consultationId,
    kind: row.kind as CallKind,
    state: callState(row),
    mine: row.startedByUserId === viewerId,
    startedByCareTeam: row.startedByRole === 'coordinator' || row.startedByRole === 'supervisor',
    createdAt: row.createdAt.toISOString(),
    answeredAt: row.answeredAt?.toISOString() ?? null,
    endedAt: row.endedAt?.toISOString() ?? null,
    endReason: (row.endReason as CallEndReason | null) ?? null,
    durationSeconds: callDurationSeconds(row),
  };
}
