import type { ConsultationRow } from '../consultations/consultations.repository.ts';
import { consultationScope } from '../consultations/consultation-access.ts';
import type { Actor } from '../policy/actor.ts';
import { authorizeOrNotFound, type ResourceScope } from '../policy/policy.ts';

/**
 * THE answer to "who may be in a call of this consultation": the person who consulted
 * and the coordinator assigned to it. Anyone else (another coordinator, a supervisor who
 * has not joined, an employer admin, another tenant) cannot ring, answer or signal.
 * A supervisor who joins under the crisis protocol is to be added here.
 */
export function callParties(consultation: ConsultationRow): string[] {
  return [consultation.personUserId, consultation.assignedCoordinatorId].filter(
    (id): id is string => id !== null,
  );
}

export function callScope(consultation: ConsultationRow): ResourceScope {
  return { ...consultationScope(consultation), callPartyIds: callParties(consultation) };
}

/** A refusal looks like absence: whether someone consulted is itself confidential. */
export function authorizeCallParty(actor: Actor, consultation: ConsultationRow): void {
  authorizeOrNotFound(actor, 'call.signal', callScope(consultation));
}

/** Everyone in the call but the actor: whom a ring, a state change or a signal goes to. */
export function otherParties(consultation: ConsultationRow, actorUserId: string): string[] {
  return callParties(consultation).filter((id) => id !== actorUserId);
}
