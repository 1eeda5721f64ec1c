import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { authorizeOrNotFound, type ResourceScope } from '../policy/policy.ts';
import { AppError } from '../platform/errors.ts';
import { findConsultation, type ConsultationRow } from './consultations.repository.ts';

export function consultationScope(row: ConsultationRow): ResourceScope {
  return {
    municipalityId: row.municipalityId,
    organizationId: row.organizationId,
    ownerId: row.personUserId,
    assigneeId: row.assignedCoordinatorId,
  };
}

/**
 * Loads a consultation of the actor's municipality for an action. Anyone who is not a
 * party gets NOT_FOUND, exactly as for an id that does not exist: whether a person
 * consulted at all is itself confidential.
 */
export async function loadConsultationFor(
  ctx: AppContext,
  actor: Actor,
  consultationId: string,
  action:
    | 'consultation.read'
    | 'consultation.write'
    | 'consultation.claim'
    | 'consultation.close'
    | 'consultation.careTeam',
): Promise<ConsultationRow> {
  if (!actor.municipalityId) throw new AppError('NOT_FOUND');
  const row = await findConsultation(ctx.db, actor.municipalityId, consultationId);
  if (!row) throw new AppError('NOT_FOUND');
  authorizeOrNotFound(actor, action, consultationScope(row));
  return row;
}

/** Staff reads of consultation content are audited; the person's own reads are not. */
export function isStaffReader(actor: Actor): boolean {
  return actor.role === 'coordinator' || actor.role === 'supervisor';
}
