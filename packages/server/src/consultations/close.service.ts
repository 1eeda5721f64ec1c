import { closeSafeguard, type CloseSafeguardVerdict, type TCaseCoding } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { can } from '../policy/policy.ts';
import {
  consultationScope,
  loadConsultationFor,
  loadConsultationForCareTeam,
} from './consultation-access.ts';
import { acknowledgeRiskFlags, listRiskFlags } from './risk-flags.repository.ts';
import { writeCaseRecord } from '../insights/case-records.ts';
import { countFollowUps, hasApprovedCloseRequest } from './close-safeguard.repository.ts';
import { insertCoding, markConsultationClosed } from './closing.repository.ts';
import type { ConsultationRow } from './consultations.repository.ts';
import { deidentifySummary } from '../insights/case-summary.ts';

/**
 * The assigned coordinator (or a supervisor) closes a consultation, which requires its
 * structured case coding; both commit together or not at all. A closed consultation
 * takes no more messages. The anonymous case record for statistics is written in the same
 * transaction; the coordinator's summary is de-identified before it (outside the
 * transaction: the dictionary is slow) and never kept as written.
 */
export async function closeConsultation(
  ctx: AppContext,
  {
    actor,
    consultationId,
    coding,
    supervisorApproval = false,
  }: { actor: Actor; consultationId: string; coding: TCaseCoding; supervisorApproval?: boolean },
) {
  const found = await loadConsultationFor(ctx, actor, consultationId, 'consultation.close');
  if (found.status === 'closed') throw new AppError('CONSULTATION_CLOSED');
  if (found.status !== 'active')
    throw new AppError('CONFLICT', { detail: 'claim it before closing' });
  const approvedBySupervisor =
    supervisorApproval && can(actor, 'closeApproval.decide', consultationScope(found));
  await requireCloseSafeguard(ctx, found, approvedBySupervisor);
  const staffIds = [actor.userId, found.assignedCoordinatorId].filter((id) => id !== null);
  const summary = await deidentifySummary(ctx.db, ctx, found, coding.summary, staffIds);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const closed = await markConsultationClosed(tx, {
      municipalityId: found.municipalityId,
      consultationId: found.id,
      now,
    });
    if (!closed) throw new AppError('CONSULTATION_CLOSED');
    await insertCoding(tx, {
      consultationId: found.id,
      municipalityId: found.municipalityId,
      topics: coding.topics,
      lifeEvents: coding.lifeEvents,
      severity: coding.severity,
      outcome: coding.outcome,
      referralTypes: coding.referrals,
      codedBy: actor.userId,
      codedAt: now,
    });
    await writeCaseRecord(ctx, tx, { consultation: found, coding, summary, closedAt: now });
    await recordAudit(
      tx,
      {
        action: 'consultation.closed',
        municipalityId: found.municipalityId,
        actor,
        target: { type: 'consultation', id: found.id },
        ...(approvedBySupervisor ? { detail: { supervisorApproval: true } } : {}),
      },
      now,
    );
  });
}

/** The crisis protocol's closing rule (domain/close-safeguard.ts), on the facts read now. */
async function requireCloseSafeguard(
  ctx: AppContext,
  consultation: ConsultationRow,
  supervisorApproved: boolean,
) {
  const verdict = await closeSafeguardVerdict(ctx, consultation, supervisorApproved);
  if (verdict === 'risk_assessment_required') throw new AppError('RISK_ASSESSMENT_REQUIRED');
  if (verdict === 'follow_up_required') throw new AppError('FOLLOW_UP_REQUIRED');
}

export async function closeSafeguardVerdict(
  ctx: AppContext,
  consultation: ConsultationRow,
  supervisorApproved: boolean,
): Promise<CloseSafeguardVerdict> {
  const flags = await listRiskFlags(ctx.db, consultation.municipalityId, consultation.id);
  const followUps = await countFollowUps(ctx.db, {
    municipalityId: consultation.municipalityId,
    consultationId: consultation.id,
    personUserId: consultation.personUserId,
    now: ctx.now(),
  });
  // A supervisor approves by closing it themselves, or by approving a coordinator's request.
  const approved =
    supervisorApproved ||
    (await hasApprovedCloseRequest(ctx.db, {
      municipalityId: consultation.municipalityId,
      consultationId: consultation.id,
    }));
  return closeSafeguard({
    highRiskFlagged: flags.some((f) => f.level === 'high'),
    unassessedRisk: flags.some((f) => f.acknowledgedAt === null),
    supervisorApproved: approved,
    ...followUps,
  });
}

/** Risk flags are consultation content: only its parties on the care team see them. */
export async function getRiskFlags(
  ctx: AppContext,
  { actor, consultationId }: { actor: Actor; consultationId: string },
) {
  const consultation = await loadConsultationForCareTeam(ctx, actor, consultationId);
  return listRiskFlags(ctx.db, consultation.municipalityId, consultation.id);
}

/** Recorded after the care team assessed the risk with the person. */
export async function acknowledgeRisk(
  ctx: AppContext,
  { actor, consultationId }: { actor: Actor; consultationId: string },
) {
  const consultation = await loadConsultationForCareTeam(ctx, actor, consultationId);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const acknowledged = await acknowledgeRiskFlags(
      tx,
      consultation.municipalityId,
      consultation.id,
      actor.userId,
      now,
    );
    if (acknowledged.length === 0) return;
    await recordAudit(
      tx,
      {
        action: 'consultation.risk_acknowledged',
        municipalityId: consultation.municipalityId,
        actor,
        target: { type: 'consultation', id: consultation.id },
        detail: { flags: acknowledged.length },
      },
      now,
    );
  });
  return {
    consultation,
    flags: await listRiskFlags(ctx.db, consultation.municipalityId, consultation.id),
  };
}
