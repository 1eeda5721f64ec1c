import type { Role, TReport, TReportContent, TReportDraft, TReportReview } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { findUserById } from '../auth/users.repository.ts';
import type { reports } from '../platform/db/schema/index.ts';
import type { ReportReviewRow } from './report-reviews.repository.ts';

export type ReportRow = typeof reports.$inferSelect;

/** The review steps with the name and role of who took each (staff of the municipality). */
export async function presentReviews(
  ctx: AppContext,
  rows: readonly ReportReviewRow[],
): Promise<TReportReview[]> {
  const people = new Map<string, { name: string; role: Role } | null>();
  for (const id of new Set(rows.map((r) => r.actorId))) {
    const user = await findUserById(ctx.db, ctx, id);
    people.set(id, user ? { name: user.displayName, role: user.role as Role } : null);
  }
  return rows.map((r) => ({
    step: r.step as TReportReview['step'],
    revision: r.revision,
    comment: r.comment,
    actorName: people.get(r.actorId)?.name ?? null,
    actorRole: people.get(r.actorId)?.role ?? null,
    at: r.createdAt.toISOString(),
  }));
}

export function presentReport(
  row: ReportRow,
  names: { organizationName: string | null; municipalityName: string },
  reviews: TReportReview[],
): TReport {
  return {
    id: row.id,
    kind: row.kind as TReport['kind'],
    organizationId: row.organizationId,
    organizationName: names.organizationName,
    municipalityName: names.municipalityName,
    title: row.title,
    status: row.status as TReport['status'],
    content: row.content as TReportContent,
    draft: row.draft as TReportDraft,
    revision: row.revision,
    approvedRevision: row.approvedRevision,
    reviews,
    createdAt: row.createdAt.toISOString(),
    approvedAt: row.approvedAt?.toISOString() ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}
