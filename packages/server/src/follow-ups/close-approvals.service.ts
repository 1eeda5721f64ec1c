import type { TCloseApproval } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { authorizeOrNotFound } from '../policy/policy.ts';
import { AppError, isUniqueViolation } from '../platform/errors.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { openField, sealField } from '../platform/crypto/sealed-field.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  loadConsultationFor,
  loadConsultationForCareTeam,
} from '../consultations/consultation-access.ts';
import { closeSafeguardVerdict } from '../consultations/close.service.ts';
import { findConsultation } from '../consultations/consultations.repository.ts';
import { findStaffNames } from '../crisis/crisis-inbox.repository.ts';
import {
  decidePendingCloseApproval,
  findCloseApproval,
  findLatestCloseApproval,
  insertCloseApproval,
  listPendingCloseApprovals,
  type CloseApprovalRow,
} from './close-approvals.repository.ts';

const reasonContext = (id: string) => `close_approval_requests.reason:${id}`;
const commentContext = (id: string) => `close_approval_requests.comment:${id}`;

function present(
  keyring: Keyring,
  row: CloseApprovalRow,
  names: Map<string, string>,
): TCloseApproval {
  return {
    id: row.id,
    consultationId: row.consultationId,
    status: row.status as TCloseApproval['status'],
    requestedByName: names.get(row.requestedBy) ?? null,
    reason: openField(keyring, row.reasonSealed, reasonContext(row.consultationId)),
    requestedAt: row.createdAt.toISOString(),
    decidedByName: row.decidedBy ? (names.get(row.decidedBy) ?? null) : null,
    comment: row.commentSealed
      ? openField(keyring, row.commentSealed, commentContext(row.consultationId))
      : null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
  };
}

export async function presentCloseApprovals(
  ctx: AppContext,
  municipalityId: string,
  rows: CloseApprovalRow[],
): Promise<TCloseApproval[]> {
  const names = await findStaffNames(ctx.db, ctx, {
    municipalityId,
    userIds: [
      ...new Set(
        rows.flatMap((r) => (r.decidedBy ? [r.requestedBy, r.decidedBy] : [r.requestedBy])),
      ),
    ],
  });
  return rows.map((row) => present(ctx.keyring, row, names));
}

/** Pending requests for the supervisors' 緊急 inbox. */
export async function pendingCloseApprovals(ctx: AppContext, municipalityId: string) {
  return presentCloseApprovals(
    ctx,
    municipalityId,
    await listPendingCloseApprovals(ctx.db, { municipalityId }),
  );
}

/**
 * The coordinator whose close was refused for want of a follow-up asks the supervisors to
 * approve closing without one, with a reason. Only then: with the risk unassessed the
 * assessment comes first, and with a follow-up in place no approval is needed.
 */
export async function requestCloseApproval(
  ctx: AppContext,
  { actor, consultationId, reason }: { actor: Actor; consultationId: string; reason: string },
) {
  const consultation = await loadConsultationFor(ctx, actor, consultationId, 'consultation.close');
  if (consultation.status === 'closed') throw new AppError('CONSULTATION_CLOSED');
  const verdict = await closeSafeguardVerdict(ctx, consultation, false);
  if (verdict === 'risk_assessment_required') throw new AppError('RISK_ASSESSMENT_REQUIRED');
  if (verdict === 'ok') throw new AppError('CONFLICT', { detail: 'closing needs no approval' });
  const now = ctx.now();
  try {
    await ctx.db.transaction(async (tx) => {
      const row = await insertCloseApproval(tx, consultation.municipalityId, {
        consultationId: consultation.id,
        requestedBy: actor.userId,
        reasonSealed: sealField(ctx.keyring, reason, reasonContext(consultation.id)),
        createdAt: now,
      });
      await recordAudit(
        tx,
        {
          action: 'consultation.close_approval_requested',
          municipalityId: consultation.municipalityId,
          actor,
          target: { type: 'consultation', id: consultation.id },
          detail: { requestId: row.id },
        },
        now,
      );
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CLOSE_APPROVAL_PENDING');
    throw error;
  }
  return {
    consultation,
    state: await closeApprovalOf(ctx, consultation.municipalityId, consultation.id),
  };
}

async function closeApprovalOf(ctx: AppContext, municipalityId: string, consultationId: string) {
  const row = await findLatestCloseApproval(ctx.db, { municipalityId, consultationId });
  if (!row) return { request: null };
  const [request] = await presentCloseApprovals(ctx, municipalityId, [row]);
  return { request: request ?? null };
}

/** The latest request and its answer, for the consultation's care team. */
export async function getCloseApproval(
  ctx: AppContext,
  { actor, consultationId }: { actor: Actor; consultationId: string },
) {
  const consultation = await loadConsultationForCareTeam(ctx, actor, consultationId);
  return closeApprovalOf(ctx, consultation.municipalityId, consultation.id);
}

/** A supervisor approves or declines, with a comment the coordinator reads. */
export async function decideCloseApproval(
  ctx: AppContext,
  {
    actor,
    requestId,
    decision,
    comment,
  }: { actor: Actor; requestId: string; decision: 'approved' | 'declined'; comment: string },
) {
  if (!actor.municipalityId) throw new AppError('NOT_FOUND');
  const request = await findCloseApproval(ctx.db, {
    municipalityId: actor.municipalityId,
    id: requestId,
  });
  if (!request) throw new AppError('NOT_FOUND');
  authorizeOrNotFound(actor, 'closeApproval.decide', { municipalityId: request.municipalityId });
  const consultation = await findConsultation(
    ctx.db,
    request.municipalityId,
    request.consultationId,
  );
  if (!consultation) throw new AppError('NOT_FOUND');
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const decided = await decidePendingCloseApproval(
      tx,
      { municipalityId: request.municipalityId, id: request.id },
      {
        status: decision,
        decidedBy: actor.userId,
        commentSealed: sealField(ctx.keyring, comment, commentContext(request.consultationId)),
        decidedAt: now,
      },
    );
    if (!decided) throw new AppError('CLOSE_APPROVAL_DECIDED');
    await recordAudit(
      tx,
      {
        action: 'consultation.close_approval_decided',
        municipalityId: request.municipalityId,
        actor,
        target: { type: 'consultation', id: request.consultationId },
        detail: { requestId: request.id, decision },
      },
      now,
    );
  });
  return { consultation };
}
