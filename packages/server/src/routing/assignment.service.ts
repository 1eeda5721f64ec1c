import type { TAssignmentExplanation } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { AppError } from '../platform/errors.ts';
import { loadConsultationForCareTeam } from '../consultations/consultation-access.ts';
import { activeLoads, findLatestAssignment } from './routing.repository.ts';

/** "Why me": how the current assignment was decided, for its coordinator and supervisors. */
export async function explainAssignment(
  ctx: AppContext,
  { actor, consultationId }: { actor: Actor; consultationId: string },
): Promise<TAssignmentExplanation> {
  const consultation = await loadConsultationForCareTeam(ctx, actor, consultationId);
  const assignment = await findLatestAssignment(
    ctx.db,
    consultation.municipalityId,
    consultation.id,
  );
  if (!assignment) throw new AppError('NOT_FOUND');
  const holder = consultation.assignedCoordinatorId;
  const loads = holder ? await activeLoads(ctx.db, consultation.municipalityId, [holder]) : null;
  return {
    holderLoad:
      holder && loads
        ? { active: loads.get(holder) ?? 0, capacity: ctx.config.maxConcurrentConsultations }
        : null,
    method: assignment.method as TAssignmentExplanation['method'],
    reasons: assignment.reasons as TAssignmentExplanation['reasons'],
    decidedAt: assignment.decidedAt.toISOString(),
  };
}
