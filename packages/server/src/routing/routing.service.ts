import type { ConsultationTopic } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { assignQueued, type ConsultationRow } from '../consultations/consultations.repository.ts';
import { chooseCoordinator } from './choose-coordinator.ts';
import { changeOf, type ConsultationEvents } from '../consultations/consultation-events.ts';
import { listQueuedInAllMunicipalities } from '../consultations/queue.repository.ts';
import { enqueueStaffPush } from '../notifications/staff-push.ts';
import { findCandidates, findPreviousCoordinator, insertAssignment } from './routing.repository.ts';

/**
 * Assigns one waiting consultation to the best coordinator on duty with room, if any.
 * Safe to race with claims and with other instances: only a still-queued consultation
 * can be assigned, so one decision wins and the others find nothing to do.
 */
export async function routeConsultation(
  ctx: AppContext,
  consultation: ConsultationRow,
): Promise<string | null> {
  if (consultation.status !== 'queued') return null;
  const now = ctx.now();
  const candidates = await findCandidates(ctx.db, consultation.municipalityId, now);
  const decision = chooseCoordinator({
    candidates,
    topics: consultation.topics as ConsultationTopic[],
    previousCoordinatorId: consultation.prefersSameCoordinator
      ? await findPreviousCoordinator(
          ctx.db,
          consultation.municipalityId,
          consultation.personUserId,
          consultation.id,
        )
      : null,
    capacity: ctx.config.maxConcurrentConsultations,
  });
  if (!decision) return null;
  const routed = await ctx.db.transaction(async (tx) => {
    const assigned = await assignQueued(
      tx,
      consultation.municipalityId,
      consultation.id,
      decision.userId,
    );
    if (!assigned) return null;
    const assignmentId = await insertAssignment(tx, {
      municipalityId: consultation.municipalityId,
      consultationId: consultation.id,
      coordinatorId: decision.userId,
      method: 'routing',
      reasons: decision.reasons,
      decidedAt: now,
    });
    await recordAudit(
      tx,
      {
        action: 'consultation.routed',
        municipalityId: consultation.municipalityId,
        target: { type: 'consultation', id: consultation.id },
        detail: { coordinatorId: decision.userId },
      },
      now,
    );
    // Told by push too, for a coordinator with no console open (issue 13).
    await enqueueStaffPush(
      tx,
      {
        municipalityId: consultation.municipalityId,
        kind: 'consultation_assigned',
        refId: assignmentId,
        userId: decision.userId,
      },
      now,
    );
    return decision.userId;
  });
  if (routed) ctx.outbox.wake();
  return routed;
}

/** Routes what is still waiting (most urgent, then longest waiting, first), e.g. when a shift starts. */
export async function routeWaitingConsultations(
  ctx: AppContext,
  events: ConsultationEvents,
  limit = 50,
): Promise<number> {
  const waiting = await listQueuedInAllMunicipalities(ctx.db, limit);
  let routed = 0;
  for (const consultation of waiting) {
    const assignee = await routeConsultation(ctx, consultation);
    if (!assignee) continue;
    routed++;
    events.consultationChanged(
      changeOf({ ...consultation, assignedCoordinatorId: assignee }, { queue: true }),
    );
  }
  return routed;
}
