import type { ConsultationRow } from '../consultations/consultations.repository.ts';
import { consultationScope } from '../consultations/consultation-access.ts';
import type { Actor } from '../policy/actor.ts';
import { authorizeOrNotFound } from '../policy/policy.ts';

/** Who started a call, as the calls table keeps it. */
export interface CallStarter {
  startedByUserId: string;
  startedByRole: string;
}

const isCareTeamRole = (role: string) => role === 'coordinator' || role === 'supervisor';

/**
 * THE answer to "who is in this call": whoever started it and the other side. A call is
 * always between the person and one member of the care team: the care team (the
 * assigned coordinator, or a supervisor who joined the consultation openly under the
 * crisis protocol) calls the person; the person calls the assigned coordinator.
 * Nobody else can ring, answer or signal.
 */
export function partiesOfCall(call: CallStarter, consultation: ConsultationRow): string[] {
  const other = isCareTeamRole(call.startedByRole)
    ? consultation.personUserId
    : consultation.assignedCoordinatorId;
  return [...new Set([call.startedByUserId, other])].filter((id): id is string => id !== null);
}

/** Everyone in the call but the actor: whom a ring, a state change or a signal goes to. */
export function otherPartiesOfCall(
  call: CallStarter,
  consultation: ConsultationRow,
  actorUserId: string,
): string[] {
  return partiesOfCall(call, consultation).filter((id) => id !== actorUserId);
}

/**
 * Who may start a call (or see the one running, as one of its possible parties): the
 * person, the assigned coordinator, and supervisors in the conversation now.
 */
export function possibleCallParties(
  consultation: ConsultationRow,
  joinedSupervisorIds: readonly string[],
): string[] {
  return [
    consultation.personUserId,
    consultation.assignedCoordinatorId,
    ...joinedSupervisorIds,
  ].filter((id): id is string => id !== null);
}

/** A refusal looks like absence: whether someone consulted is itself confidential. */
export function authorizeCallParty(
  actor: Actor,
  consultation: ConsultationRow,
  partyIds: readonly string[],
): void {
  authorizeOrNotFound(actor, 'call.signal', {
    ...consultationScope(consultation),
    callPartyIds: partyIds,
  });
}
