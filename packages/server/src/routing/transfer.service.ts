import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { hasVerifiedLicence } from '../care-team/licences.repository.ts';
import { loadConsultationForCareTeam } from '../consultations/consultation-access.ts';
import { insertNote } from '../consultations/notes.service.ts';
import { reassignOpenConsultation } from '../consultations/consultations.repository.ts';
import { findActiveCareTeamMember } from '../auth/users.repository.ts';
import { activeLoads, insertAssignment } from './routing.repository.ts';
import { enqueueStaffPush } from '../notifications/staff-push.ts';

/**
 * The assigned coordinator (or a supervisor) hands an open consultation to another
 * verified coordinator or supervisor with room, with a handover note that the next one
 * reads first. The change of hands, the note and the audit entry commit together.
 */
export async function transferConsultation(
  ctx: AppContext,
  {
    actor,
    consultationId,
    coordinatorId,
    handoverNote,
  }: { actor: Actor; consultationId: string; coordinatorId: string; handoverNote: string },
) {
  const consultation = await loadConsultationForCareTeam(ctx, actor, consultationId);
  if (consultation.status === 'closed') throw new AppError('CONSULTATION_CLOSED');
  if (consultation.assignedCoordinatorId === coordinatorId)
    throw new AppError('CONFLICT', { detail: 'already assigned' });
  const target = await findActiveCareTeamMember(ctx.db, consultation.municipalityId, coordinatorId);
  if (!target) throw new AppError('NOT_FOUND');
  if (!(await hasVerifiedLicence(ctx.db, consultation.municipalityId, target.id)))
    throw new AppError('LICENCE_NOT_VERIFIED');
  const loads = await activeLoads(ctx.db, consultation.municipalityId, [target.id]);
  if ((loads.get(target.id) ?? 0) >= ctx.config.maxConcurrentConsultations)
    throw new AppError('COORDINATOR_AT_CAPACITY');
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    if (
      !(await reassignOpenConsultation(tx, consultation.municipalityId, consultation.id, target.id))
    )
      throw new AppError('CONSULTATION_CLOSED');
    await insertNote(ctx, tx, {
      municipalityId: consultation.municipalityId,
      consultationId: consultation.id,
      kind: 'handover',
      actor,
      body: handoverNote,
    });
    const assignmentId = await insertAssignment(tx, {
      municipalityId: consultation.municipalityId,
      consultationId: consultation.id,
      coordinatorId: target.id,
      method: 'reassign',
      reasons: [],
      decidedBy: actor.userId,
      decidedAt: now,
    });
    await recordAudit(
      tx,
      {
        action: 'consultation.transferred',
        municipalityId: consultation.municipalityId,
        actor,
        target: { type: 'consultation', id: consultation.id },
        detail: { from: consultation.assignedCoordinatorId, to: target.id },
      },
      now,
    );
    await enqueueStaffPush(
      tx,
      {
        municipalityId: consultation.municipalityId,
        kind: 'consultation_assigned',
        refId: assignmentId,
        userId: target.id,
      },
      now,
    );
  });
  ctx.outbox.wake();
  /** As it was before: whether it left the queue. */
  return consultation;
}
