import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, can } from '../policy/policy.ts';
import { AppError } from '../platform/errors.ts';
import { advance, loadReportFor, reportScope } from './reports.service.ts';

/** The author asks for approval of the revision they read. */
export async function submitReport(
  ctx: AppContext,
  { actor, id, revision }: { actor: Actor; id: string; revision?: number },
) {
  const row = await loadReportFor(ctx, actor, id);
  authorize(actor, 'report.submit', reportScope(row));
  return advance(ctx, actor, row, {
    from: ['draft', 'returned'],
    to: 'submitted',
    action: 'report.submitted',
    review: 'submitted',
    revision: revision ?? row.revision,
    snapshot: true,
  });
}

/**
 * A supervisor who is not the author approves the revision they read; its number is kept,
 * so an edit after approval is a new revision that needs approving again.
 */
export async function approveReport(
  ctx: AppContext,
  {
    actor,
    id,
    revision,
    comment,
  }: { actor: Actor; id: string; revision: number; comment?: string },
) {
  const row = await loadReportFor(ctx, actor, id);
  authorize(actor, 'report.review', reportScope(row));
  // A supervisor may review, but never approve what they wrote themselves.
  if (!can(actor, 'report.approve', reportScope(row))) throw new AppError('REPORT_SELF_APPROVAL');
  return advance(
    ctx,
    actor,
    row,
    {
      from: ['submitted'],
      to: 'approved',
      action: 'report.approved',
      review: 'approved',
      revision,
      comment: comment || null,
      snapshot: true,
    },
    { approverId: actor.userId, approvedAt: ctx.now(), approvedRevision: revision },
  );
}

/** A supervisor sends a submitted report back to be edited, saying why. */
export async function returnReport(
  ctx: AppContext,
  { actor, id, revision, comment }: { actor: Actor; id: string; revision: number; comment: string },
) {
  const row = await loadReportFor(ctx, actor, id);
  authorize(actor, 'report.review', reportScope(row));
  return advance(ctx, actor, row, {
    from: ['submitted'],
    to: 'returned',
    action: 'report.returned',
    review: 'returned',
    revision,
    comment,
  });
}
