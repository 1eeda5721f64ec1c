import type { RiskCategory, TCrisisInbox, TCrisisInboxEntry } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, tenantScope } from '../policy/policy.ts';
import {
  listJoinedSupervisorNames,
  listUnacknowledgedFlags,
  type UnacknowledgedFlagRow,
} from './crisis-inbox.repository.ts';

/**
 * The 緊急 inbox: every open consultation with a risk flag nobody has acknowledged, so a
 * crisis is seen on every staff screen and not only in an alert e-mail. Supervisors see
 * the whole municipality; a coordinator sees what they hold and what still waits (the
 * queue they may take from). High before concern, then the longest unattended first.
 * No message text, no identity of the person.
 */
export async function listCrisisInbox(
  ctx: AppContext,
  { actor }: { actor: Actor },
): Promise<TCrisisInbox> {
  authorize(actor, 'crisis.viewInbox', tenantScope(actor));
  const municipalityId = actor.municipalityId as string;
  const flags = await listUnacknowledgedFlags(ctx.db, {
    municipalityId,
    holderId: actor.role === 'supervisor' ? null : actor.userId,
  });
  const byConsultation = new Map<string, UnacknowledgedFlagRow[]>();
  for (const flag of flags) {
    const list = byConsultation.get(flag.consultationId) ?? [];
    list.push(flag);
    byConsultation.set(flag.consultationId, list);
  }
  const joined = await listJoinedSupervisorNames(ctx.db, {
    municipalityId,
    consultationIds: [...byConsultation.keys()],
  });
  const items = [...byConsultation.entries()].map(([consultationId, list]) =>
    presentEntry(
      actor,
      list,
      joined.filter((j) => j.consultationId === consultationId),
    ),
  );
  items.sort(
    (a, b) =>
      Number(b.level === 'high') - Number(a.level === 'high') ||
      a.flaggedSince.localeCompare(b.flaggedSince),
  );
  return { items };
}

function presentEntry(
  actor: Actor,
  flags: UnacknowledgedFlagRow[],
  supervisors: { userId: string; displayName: string }[],
): TCrisisInboxEntry {
  const first = flags[0] as UnacknowledgedFlagRow;
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
  };
}
