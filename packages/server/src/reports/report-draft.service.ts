import {
  reportTables,
  type TReportContent,
  type TReportDraft,
  type TUpdateReportDraft,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/policy.ts';
import { AppError } from '../platform/errors.ts';
import { findPractices } from './practices/practices.repository.ts';
import { presentPractice } from './practices/practices.service.ts';
import { draftFromInput } from './report-draft.ts';
import { insertReportReview } from './report-reviews.repository.ts';
import { updateReportIf } from './reports.repository.ts';
import { loadReportFor, presentFor, reportScope } from './reports.service.ts';

/** A report is written while it is a draft, returned, or approved (which reopens it). */
const editable: readonly string[] = ['draft', 'returned', 'approved'];

/**
 * City staff edit the words of a report on the revision they read: its title, summary,
 * findings (each may cite one of its released tables), proposals (each may use a practice of
 * the library) and the municipality's own text. The figures are not part of an edit; they
 * stay as the disclosure-controlled query layer released them. Editing an approved report
 * makes a new revision that needs approval again.
 */
export async function updateReportDraft(
  ctx: AppContext,
  { actor, id, input }: { actor: Actor; id: string; input: TUpdateReportDraft },
) {
  const row = await loadReportFor(ctx, actor, id);
  authorize(actor, 'report.edit', reportScope(row));
  if (!editable.includes(row.status)) throw new AppError('REPORT_WRONG_STATE');
  if (row.revision !== input.revision) throw new AppError('REPORT_REVISION_CONFLICT');
  const wanted = input.proposals.flatMap((p) => (p.practiceId ? [p.practiceId] : []));
  const library = await findPractices(ctx.db, { municipalityId: row.municipalityId, ids: wanted });
  const draft = draftFromInput(input, {
    tableKeys: reportTables(row.content as TReportContent).map((t) => t.key),
    current: row.draft as TReportDraft,
    library: new Map(library.map((p) => [p.id, presentPractice(p)])),
  });
  if (!draft) throw new AppError('REPORT_CITATION_UNKNOWN');
  const reopened = row.status === 'approved';
  const now = ctx.now();
  const updated = await ctx.db.transaction(async (tx) => {
    const changed = await updateReportIf(
      tx,
      {
        municipalityId: row.municipalityId,
        reportId: row.id,
        statuses: editable,
        revision: input.revision,
      },
      // A returned or approved report being written again is a draft until it is submitted.
      { title: input.title, draft, revision: input.revision + 1, status: 'draft' },
    );
    if (!changed) throw new AppError('REPORT_REVISION_CONFLICT');
    if (reopened) {
      await insertReportReview(tx, {
        municipalityId: row.municipalityId,
        reportId: row.id,
        step: 'reopened',
        revision: changed.revision,
        comment: null,
        snapshot: null,
        actorId: actor.userId,
        createdAt: now,
      });
    }
    await recordAudit(
      tx,
      {
        action: 'report.edited',
        municipalityId: row.municipalityId,
        actor,
        target: { type: 'report', id: row.id },
        detail: { revision: changed.revision, reopened },
      },
      now,
    );
    return changed;
  });
  return presentFor(ctx, actor, updated);
}
