import type { RiskCategory, TCrisisInbox, TCrisisInboxEntry } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, can, tenantScope } from '../policy/policy.ts';
import { heldConsultationsVisibleTo } from '../policy/visibility.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { loadConsultationForCareTeam } from '../consultations/consultation-access.ts';
import type { ConsultationRow } from '../consultations/consultations.repository.ts';
import {
  findStaffNames,
  listJoinedSupervisorNames,
  listUnacknowledgedFlags,
  markFlagsSeen,
  type UnacknowledgedFlagRow,
} from './crisis-inbox.repository.ts';
import { pendingCloseApprovals } from '../follow-ups/close-approvals.service.ts';

/**
 * The 緊急 inbox: every open consultation with a risk flag whose assessment is not yet
 * recorded, so a crisis is seen on every staff screen and not only in an alert e-mail.
 * Supervisors see the whole municipality; a coordinator sees what they hold and what
 * still waits (the queue they may take from). Unseen before seen, high before concern,
 * then the longest unattended first. No message text, no identity of the person.
 */
export async function listCrisisInbox(
  ctx: AppContext,
  { actor }: { actor: Actor },
): Promise<TCrisisInbox> {
  authorize(actor, 'crisis.viewInbox', tenantScope(actor));
  const municipalityId = actor.municipalityId as string;
  const flags = await listUnacknowledgedFlags(ctx.db, ctx, {
    municipalityId,
    holderId: heldConsultationsVisibleTo(actor),
  });
  const byConsultation = new Map<string, UnacknowledgedFlagRow[]>();
  for (const flag of flags) {
    const list = byConsultation.get(flag.consultationId) ?? [];
    list.push(flag);
    byConsultation.set(flag.consultationId, list);
  }
  const joined = await listJoinedSupervisorNames(ctx.db, ctx, {
    municipalityId,
    consultationIds: [...byConsultation.keys()],
  });
  const seers = await findStaffNames(ctx.db, ctx, {
    municipalityId,
    userIds: [...new Set(flags.flatMap((f) => (f.seenBy ? [f.seenBy] : [])))],
  });
  const items = [...byConsultation.entries()].map(([consultationId, list]) =>
    presentEntry(
      actor,
      list,
      joined.filter((j) => j.consultationId === consultationId),
      seers,
    ),
  );
  items.sort(
    (a, b) =>
      Number(a.seenAt !== null) - Number(b.seenAt !== null) ||
      Number(b.level === 'high') - Number(a.level === 'high') ||
      a.flaggedSince.localeCompare(b.flaggedSince),
  );
  // Requests to close without a follow-up wait here for a supervisor (issue 13).
  const closeRequests = can(actor, 'closeApproval.decide', tenantScope(actor))
    ? await pendingCloseApprovals(ctx, municipalityId)
    : [];
  return { items, closeRequests };
}

function presentEntry(
  actor: Actor,
  flags: UnacknowledgedFlagRow[],
  supervisors: { userId: string; displayName: string }[],
  seers: Map<string, string>,
): TCrisisInboxEntry {
  const first = flags[0] as UnacknowledgedFlagRow;
  // Seen only when every alert is: a new flag after someone took it on counts again.
  const unseen = flags.some((f) => f.seenAt === null);
  const lastSeen = flags.reduce<UnacknowledgedFlagRow | null>(
    (latest, f) => (f.seenAt && (!latest?.seenAt || f.seenAt > latest.seenAt) ? f : latest),
    null,
  );
  return {
    consultationId: first.consultationId,
    level: flags.some((f) => f.level === 'high') ? 'high' : 'concern',
    categories: [...new Set(flags.flatMap((f) => f.categories as RiskCategory[]))],
    flaggedSince: first.createdAt.toISOString(),
    unacknowledged: flags.length,
    status: first.status === 'queued' ? 'queued' : 'active',
    holderName: first.assigneeId ? first.assigneeName : null,
    heldByMe: first.assigneeId === actor.userId,
    supervisorNames: supervisors.map((s) => s.displayName),
    joinedByMe: supervisors.some((s) => s.userId === actor.userId),
    seenByName: !unseen && lastSeen?.seenBy ? (seers.get(lastSeen.seenBy) ?? null) : null,
    seenAt: !unseen && lastSeen?.seenAt ? lastSeen.seenAt.toISOString() : null,
  };
}

/**
 * Someone on the care team acknowledges the alert: seen and taken on, so it stops
 * counting as unseen on every staff screen. The risk assessment with the person is a
 * separate, later step (acknowledgeRisk). A supervisor or the coordinator holding it.
 */
export async function acknowledgeCrisis(
  ctx: AppContext,
  { actor, consultationId }: { actor: Actor; consultationId: string },
): Promise<{ consultation: ConsultationRow; inbox: TCrisisInbox }> {
  const consultation = await loadConsultationForCareTeam(ctx, actor, consultationId);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const seen = await markFlagsSeen(tx, {
      municipalityId: consultation.municipalityId,
      consultationId: consultation.id,
      userId: actor.userId,
      now,
    });
    if (seen === 0) return;
    await recordAudit(
      tx,
      {
        action: 'consultation.risk_alert_seen',
        municipalityId: consultation.municipalityId,
        actor,
        target: { type: 'consultation', id: consultation.id },
        detail: { flags: seen },
      },
      now,
    );
  });
  return { consultation, inbox: await listCrisisInbox(ctx, { actor }) };
}
