import crypto from 'node:crypto';
import { findReplyWaits } from './reply-waits.repository.ts';
import type { ConsultationPreference, ConsultationTopic } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { listJoinedSupervisors, type ParticipantRow } from './participants.repository.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, isCareTeam, tenantScope } from '../policy/policy.ts';
import { myConsultationsOf } from '../policy/visibility.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findLatestConsent } from '../consent/consent.repository.ts';
import { isConsentRequired } from '../consent/consent-state.ts';
import { hasVerifiedLicence } from '../care-team/licences.repository.ts';
import {
  assignQueued,
  findConsultation,
  findConsultationStartedWith,
  insertConsultation,
  listConsultationsAssignedTo,
  listConsultationsOfPerson,
  lockConsultationStart,
  type ConsultationRow,
} from './consultations.repository.ts';
import { appendMessage, findMessageByClientId } from './messages.repository.ts';
import { flagRiskInMessage, needsRiskFlag } from './risk-flags.ts';
import { routeConsultation } from '../routing/routing.service.ts';
import { activeLoads, insertAssignment } from '../routing/routing.repository.ts';
import { listReceipts, type ReceiptRow } from './receipts.repository.ts';
import { sealMessageBody } from './message-body.ts';
import { loadConsultationFor } from './consultation-access.ts';
import { sameMessageOrConflict } from './messages.service.ts';

export interface ConsultationWithReceipts {
  consultation: ConsultationRow;
  receipts: ReceiptRow[];
}

/**
 * A worker or family member starts a consultation with its first message (seq 1), in one
 * transaction. Retrying with the same first-message client id returns the same consultation.
 */
export async function startConsultation(
  ctx: AppContext,
  {
    actor,
    topics,
    preference,
    sameCoordinator = true,
    firstMessage,
  }: {
    actor: Actor;
    topics: ConsultationTopic[];
    preference: ConsultationPreference;
    sameCoordinator?: boolean;
    firstMessage: { clientMsgId: string; body: string };
  },
) {
  authorize(actor, 'consultation.start', { ...tenantScope(actor), ownerId: actor.userId });
  const municipalityId = actor.municipalityId as string;
  if (isConsentRequired(await findLatestConsent(ctx.db, municipalityId, actor.userId))) {
    throw new AppError('CONSENT_REQUIRED');
  }
  const id = crypto.randomUUID();
  const bodySealed = sealMessageBody(ctx.keyring, { consultationId: id, ...firstMessage });
  const started = await ctx.db.transaction(async (tx) => {
    await lockConsultationStart(tx, actor.userId);
    const earlier = await findConsultationStartedWith(
      tx,
      municipalityId,
      actor.userId,
      firstMessage.clientMsgId,
    );
    if (earlier) {
      const message = await findMessageByClientId(
        tx,
        municipalityId,
        earlier.id,
        firstMessage.clientMsgId,
      );
      if (!message) throw new Error('first message of a started consultation is missing');
      sameMessageOrConflict(ctx, message, actor, firstMessage.body);
      return { consultation: earlier, message, created: false };
    }
    const now = ctx.now();
    const inserted = await insertConsultation(tx, municipalityId, {
      id,
      personUserId: actor.userId,
      organizationId: actor.organizationId,
      topics,
      preference,
      prefersSameCoordinator: sameCoordinator,
      lastSeq: 0,
      createdAt: now,
    });
    const message = await appendMessage(tx, {
      municipalityId,
      consultationId: id,
      clientMsgId: firstMessage.clientMsgId,
      senderUserId: actor.userId,
      senderRole: actor.role,
      bodySealed,
      createdAt: now,
    });
    if (!message) throw new Error('first message of a new consultation already exists');
    // Its first message took seq 1, as the log's append numbered it.
    const consultation = { ...inserted, lastSeq: message.seq };
    await flagRiskInMessage(tx, {
      municipalityId,
      consultationId: id,
      seq: message.seq,
      senderRole: actor.role,
      body: firstMessage.body,
      now,
    });
    await recordAudit(
      tx,
      {
        action: 'consultation.started',
        municipalityId,
        actor,
        target: { type: 'consultation', id },
      },
      now,
    );
    return { consultation, message, created: true };
  });
  if (!started.created) return started;
  // A high risk's alert was queued with the first message; the outbox worker sends it.
  if (needsRiskFlag(actor.role, firstMessage.body)) ctx.outbox.wake();
  // Routing is best effort: if it fails or no one is on duty, the consultation waits in
  // the queue, where the routing sweep and the care team find it.
  const routedTo = await routeConsultation(ctx, started.consultation).catch(() => null);
  if (!routedTo) return started;
  const routed = await findConsultation(ctx.db, municipalityId, started.consultation.id);
  return { ...started, consultation: routed ?? started.consultation };
}

async function auditStaffRead(
  ctx: AppContext,
  actor: Actor,
  detail: Record<string, string | number>,
  consultationId: string | null,
) {
  if (!isCareTeam(actor)) return;
  await ctx.db.transaction((tx) =>
    recordAudit(
      tx,
      {
        action: 'consultation.read',
        municipalityId: actor.municipalityId,
        actor,
        target: consultationId ? { type: 'consultation', id: consultationId } : null,
        detail,
      },
      ctx.now(),
    ),
  );
}

/** The person's own consultations, or those assigned to a member of the care team. */
export async function listMyConsultations(
  ctx: AppContext,
  { actor }: { actor: Actor },
): Promise<(ConsultationWithReceipts & { awaitingReplySince?: Date | null })[]> {
  authorize(actor, 'consultation.listOwn', tenantScope(actor));
  const municipalityId = actor.municipalityId as string;
  const mine = myConsultationsOf(actor);
  const rows =
    'personUserId' in mine
      ? await listConsultationsOfPerson(ctx.db, municipalityId, mine.personUserId)
      : await listConsultationsAssignedTo(ctx.db, municipalityId, mine.assigneeId);
  const receipts = await listReceipts(
    ctx.db,
    municipalityId,
    rows.map((r) => r.id),
  );
  if (rows.length > 0) {
    await auditStaffRead(ctx, actor, { what: 'assigned_list', count: rows.length }, null);
  }
  const waits = isCareTeam(actor)
    ? await findReplyWaits(
        ctx.db,
        municipalityId,
        rows.filter((r) => r.status === 'active').map((r) => r.id),
      )
    : null;
  return rows.map((consultation) => ({
    consultation,
    receipts,
    ...(waits ? { awaitingReplySince: waits.get(consultation.id) ?? null } : {}),
  }));
}

export async function getConsultation(
  ctx: AppContext,
  { actor, consultationId }: { actor: Actor; consultationId: string },
): Promise<ConsultationWithReceipts & { supervisors: ParticipantRow[] }> {
  const consultation = await loadConsultationFor(ctx, actor, consultationId, 'consultation.read');
  const receipts = await listReceipts(ctx.db, consultation.municipalityId, [consultation.id]);
  const supervisors = await listJoinedSupervisors(
    ctx.db,
    consultation.municipalityId,
    consultation.id,
  );
  await auditStaffRead(ctx, actor, { what: 'consultation' }, consultation.id);
  return { consultation, receipts, supervisors };
}

/**
 * A coordinator (or supervisor) with a verified licence takes a waiting consultation.
 * Claiming one already assigned to oneself is a no-op; one taken by someone else conflicts.
 */
export async function claimConsultation(
  ctx: AppContext,
  { actor, consultationId }: { actor: Actor; consultationId: string },
): Promise<ConsultationWithReceipts> {
  const found = await loadConsultationFor(ctx, actor, consultationId, 'consultation.claim');
  if (!(await hasVerifiedLicence(ctx.db, found.municipalityId, actor.userId))) {
    throw new AppError('LICENCE_NOT_VERIFIED');
  }
  if (found.status === 'queued') {
    const loads = await activeLoads(ctx.db, found.municipalityId, [actor.userId]);
    if ((loads.get(actor.userId) ?? 0) >= ctx.config.maxConcurrentConsultations) {
      throw new AppError('COORDINATOR_AT_CAPACITY');
    }
  }
  const consultation = await ctx.db.transaction(async (tx) => {
    const claimed = await assignQueued(tx, found.municipalityId, found.id, actor.userId);
    if (!claimed) return null;
    await insertAssignment(tx, {
      municipalityId: found.municipalityId,
      consultationId: found.id,
      coordinatorId: actor.userId,
      method: 'claim',
      reasons: [],
      decidedBy: actor.userId,
      decidedAt: ctx.now(),
    });
    await recordAudit(
      tx,
      {
        action: 'consultation.claimed',
        municipalityId: found.municipalityId,
        actor,
        target: { type: 'consultation', id: found.id },
      },
      ctx.now(),
    );
    return claimed;
  });
  if (!consultation && found.assignedCoordinatorId !== actor.userId) {
    throw new AppError(found.status === 'closed' ? 'CONSULTATION_CLOSED' : 'CONFLICT');
  }
  return getConsultation(ctx, { actor, consultationId });
}
