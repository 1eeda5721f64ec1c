import type { ConsultationTopic, THandoverSummary } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, tenantScope } from '../policy/policy.ts';
import { slaClock } from '../sla/sla.ts';
import { loadOpenConsultationWaitsOf } from '../sla/wait-times.repository.ts';
import { countOpenReferrals } from '../referrals/referrals.repository.ts';
import { listConsultationsAssignedTo } from './consultations.repository.ts';
import { countQueued } from './queue.repository.ts';
import { countUnacknowledgedRiskFlags } from './risk-flags.repository.ts';
import { recordAudit } from '../audit/audit.service.ts';

/**
 * The actor's open consultations with their state, for whoever takes over the shift.
 * A fixed number of queries, however many consultations the actor holds.
 */
export async function getHandoverSummary(
  ctx: AppContext,
  { actor }: { actor: Actor },
): Promise<THandoverSummary> {
  authorize(actor, 'consultation.viewQueue', tenantScope(actor));
  const municipalityId = actor.municipalityId as string;
  const now = ctx.now();
  const open = await listConsultationsAssignedTo(ctx.db, municipalityId, actor.userId, {
    openOnly: true,
  });
  const queueLength = await countQueued(ctx.db, municipalityId);
  const ids = open.map((c) => c.id);
  const waits =
    ids.length === 0 ? [] : await loadOpenConsultationWaitsOf(ctx.db, municipalityId, actor.userId);
  const risks = await countUnacknowledgedRiskFlags(ctx.db, municipalityId, ids);
  const referrals = await countOpenReferrals(ctx.db, { municipalityId, consultationIds: ids });
  const items: THandoverSummary['items'] = open.map((consultation) => {
    const state = waits.find((w) => w.id === consultation.id);
    const wait = state?.wait ?? null;
    return {
      consultationId: consultation.id,
      topics: consultation.topics as ConsultationTopic[],
      urgency: consultation.urgency,
      waitingForReply: wait !== null,
      overdue: wait ? slaClock({ kind: wait.kind, waitingSince: wait.since, now }).breached : false,
      unacknowledgedRisk: risks.some((r) => r.consultationId === consultation.id && r.n > 0),
      openReferrals: referrals.find((r) => r.consultationId === consultation.id)?.n ?? 0,
      lastMessageAt: state?.lastMessageAt?.toISOString() ?? null,
    };
  });
  items.sort(
    (a, b) => Number(b.unacknowledgedRisk) - Number(a.unacknowledgedRisk) || b.urgency - a.urgency,
  );
  await ctx.db.transaction((tx) =>
    recordAudit(tx, {
      action: 'consultation.read',
      municipalityId,
      actor,
      detail: { what: 'handover summary', count: items.length },
    }),
  );
  return { generatedAt: now.toISOString(), queueLength, items };
}
