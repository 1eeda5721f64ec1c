import { and, count, eq, inArray, isNull, max, ne } from 'drizzle-orm';
import type { ConsultationTopic, THandoverSummary } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import {
  consultationMessages,
  consultationReferrals,
  consultationRiskFlags,
  consultations,
} from '../platform/db/schema/index.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, tenantScope } from '../policy/policy.ts';
import { slaClock } from '../sla/sla.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { currentWait } from '../sla/waiting.ts';

const staffRoles = ['coordinator', 'supervisor'];
const personRoles = ['worker', 'family'];

/** The actor's open consultations with their state, for whoever takes over the shift. */
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
  const items: THandoverSummary['items'] = [];
  for (const consultation of open) {
    const byStaff = and(
      eq(consultationMessages.consultationId, consultation.id),
      inArray(consultationMessages.senderRole, staffRoles),
    );
    const [staff] = await ctx.db
      .select({ at: max(consultationMessages.createdAt) })
      .from(consultationMessages)
      .where(byStaff);
    const [last] = await ctx.db
      .select({ at: max(consultationMessages.createdAt) })
      .from(consultationMessages)
      .where(eq(consultationMessages.consultationId, consultation.id));
    const [person] = await ctx.db
      .select({ at: max(consultationMessages.createdAt) })
      .from(consultationMessages)
      .where(
        and(
          eq(consultationMessages.consultationId, consultation.id),
          inArray(consultationMessages.senderRole, personRoles),
        ),
      );
    const lastStaff = staff?.at ?? null;
    const lastPerson = person?.at ?? null;
    const wait = currentWait({
      createdAt: consultation.createdAt,
      lastStaffMessageAt: lastStaff,
      firstUnansweredAt: lastStaff && lastPerson && lastPerson > lastStaff ? lastPerson : null,
    });
    const [risk] = await ctx.db
      .select({ n: count() })
      .from(consultationRiskFlags)
      .where(
        and(
          eq(consultationRiskFlags.consultationId, consultation.id),
          isNull(consultationRiskFlags.acknowledgedAt),
        ),
      );
    const [referrals] = await ctx.db
      .select({ n: count() })
      .from(consultationReferrals)
      .where(
        and(
          eq(consultationReferrals.consultationId, consultation.id),
          ne(consultationReferrals.status, 'closed'),
        ),
      );
    items.push({
      consultationId: consultation.id,
      topics: consultation.topics as ConsultationTopic[],
      urgency: consultation.urgency,
      waitingForReply: wait !== null,
      overdue: wait ? slaClock({ kind: wait.kind, waitingSince: wait.since, now }).breached : false,
      unacknowledgedRisk: (risk?.n ?? 0) > 0,
      openReferrals: referrals?.n ?? 0,
      lastMessageAt: last?.at?.toISOString() ?? null,
    });
  }
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
