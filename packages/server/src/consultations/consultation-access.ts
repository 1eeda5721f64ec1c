import type { Db } from '../platform/db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { authorizeOrNotFound, can, type ResourceScope } from '../policy/policy.ts';
import { AppError } from '../platform/errors.ts';
import { findConsultation, type ConsultationRow } from './consultations.repository.ts';
import { listJoinedSupervisors } from './participants.repository.ts';

export function consultationScope(
  row: ConsultationRow,
  participantIds: readonly string[] = [],
): ResourceScope {
  return {
    municipalityId: row.municipalityId,
    organizationId: row.organizationId,
    ownerId: row.personUserId,
    assigneeId: row.assignedCoordinatorId,
    participantIds,
  };
}

/**
 * Loads a consultation of the actor's municipality for an action. Anyone who is not a
 * party gets NOT_FOUND, exactly as for an id that does not exist: whether a person
 * consulted at all is itself confidential.
 */
export async function loadConsultationFor(
  ctx: { db: Db },
  actor: Actor,
  consultationId: string,
  action:
    | 'consultation.read'
    | 'consultation.write'
    | 'consultation.claim'
    | 'consultation.close'
    | 'consultation.careTeam'
    | 'consultation.join'
    | 'consultation.legalHold',
): Promise<ConsultationRow> {
  if (!actor.municipalityId) throw new AppError('NOT_FOUND');
  const row = await findConsultation(ctx.db, actor.municipalityId, consultationId);
  if (!row) throw new AppError('NOT_FOUND');
  // Only a supervisor's writing depends on having joined: read who joined just then.
  const participantIds =
    action === 'consultation.write' && actor.role === 'supervisor'
      ? (await listJoinedSupervisors(ctx.db, row.municipalityId, row.id)).map((p) => p.userId)
      : [];
  const scope = consultationScope(row, participantIds);
  // A supervisor who may read but has not joined is told why, not shown "not found".
  if (
    action === 'consultation.write' &&
    !can(actor, action, scope) &&
    can(actor, 'consultation.read', scope)
  ) {
    throw new AppError('SUPERVISOR_JOIN_REQUIRED');
  }
  authorizeOrNotFound(actor, action, scope);
  return row;
}

/** The consultation as its care team works on it (notes, risk, check-ins, handovers). */
export function loadConsultationForCareTeam(
  ctx: { db: Db },
  actor: Actor,
  consultationId: string,
): Promise<ConsultationRow> {
  return loadConsultationFor(ctx, actor, consultationId, 'consultation.careTeam');
}
