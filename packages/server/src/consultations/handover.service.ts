import { and, count, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { ConsultationTopic, THandoverSummary } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import {
  consultationReferrals,
  consultationRiskFlags,
  consultations,
} from '../platform/db/schema/index.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, tenantScope } from '../policy/policy.ts';
import { slaClock } from '../sla/sla.ts';
import { loadOpenConsultationWaits } from '../sla/wait-times.repository.ts';
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
  const open = await ctx.db
    .select()
    .from(consultations)
    .where(
      and(
        eq(consultations.municipalityId, municipalityId),
        eq(consultations.assignedCoordinatorId, actor.userId),
        ne(consultations.status, 'closed'),
      ),
    );
  const [queue] = await ctx.db
    .select({ n: count() })
    .from(consultations)
    .where(
      and(eq(consultations.municipalityId, municipalityId), eq(consultations.status, 'queued')),
    );
  const ids = open.map((c) => c.id);
  const waits =
    ids.length === 0
      ? []
      : await loadOpenConsultationWaits(
          ctx.db,
          sql`c.municipality_id = ${municipalityId} and c.assigned_coordinator_id = ${actor.userId}`,
        );
  const risks =
    ids.length === 0
      ? []
      : await ctx.db
          .select({ consultationId: consultationRiskFlags.consultationId, n: count() })
          .from(consultationRiskFlags)
          .where(
            and(
              inArray(consultationRiskFlags.consultationId, ids),
              isNull(consultationRiskFlags.acknowledgedAt),
            ),
          )
          .groupBy(consultationRiskFlags.consultationId);
  const referrals =
    ids.length === 0
      ? []
      : await ctx.db
          .select({ consultationId: consultationReferrals.consultationId, n: count() })
          .from(consultationReferrals)
          .where(
            and(
              inArray(consultationReferrals.consultationId, ids),
              ne(consultationReferrals.status, 'closed'),
            ),
          )
          .groupBy(consultationReferrals.consultationId);
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
  return { generatedAt: now.toISOString(), queueLength: queue?.n ?? 0, items };
}
