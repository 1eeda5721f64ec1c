import { asc, eq } from 'drizzle-orm';
import type { TReportReview } from '@yorisoi/shared';
import type { Db } from '../platform/db/database.ts';
import { reportReviews } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type ReportReviewRow = typeof reportReviews.$inferSelect;

export async function insertReportReview(
  db: Db,
  review: {
    municipalityId: string;
    reportId: string;
    step: TReportReview['step'];
    revision: number;
    comment: string | null;
    snapshot: unknown;
    actorId: string;
    createdAt: Date;
  },
): Promise<void> {
  await db.insert(reportReviews).values(review);
}

/** A report's review steps, oldest first. */
export async function listReportReviews(
  db: Db,
  { municipalityId, reportId }: { municipalityId: string; reportId: string },
): Promise<ReportReviewRow[]> {
  return db
    .select()
    .from(reportReviews)
    .where(ofMunicipality(reportReviews, municipalityId, eq(reportReviews.reportId, reportId)))
    .orderBy(asc(reportReviews.createdAt), asc(reportReviews.id));
}
