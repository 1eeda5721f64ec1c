import { and, desc, eq, gte, isNotNull, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { consultationRatings, consultations } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export interface RatingRow {
  consultationId: string;
  score: number;
  commentSealed: string | null;
  ratedAt: Date;
  closedAt: Date | null;
  coordinatorId: string | null;
}

/**
 * Ratings of closed consultations of one municipality, newest first, optionally of one
 * coordinator and a span of time. Nothing about the person is selected.
 */
export async function listRatings(
  db: Db,
  {
    municipalityId,
    coordinatorId,
    from,
    until,
  }: { municipalityId: string; coordinatorId?: string | undefined; from?: Date; until?: Date },
): Promise<RatingRow[]> {
  const filters: SQL[] = [ofMunicipality([consultationRatings, consultations], municipalityId)];
  if (coordinatorId) filters.push(eq(consultations.assignedCoordinatorId, coordinatorId));
  if (from) filters.push(gte(consultationRatings.ratedAt, from));
  if (until) filters.push(lt(consultationRatings.ratedAt, until));
  return db
    .select({
      consultationId: consultationRatings.consultationId,
      score: consultationRatings.score,
      commentSealed: consultationRatings.commentSealed,
      ratedAt: consultationRatings.ratedAt,
      closedAt: consultations.closedAt,
      coordinatorId: consultations.assignedCoordinatorId,
    })
    .from(consultationRatings)
    .innerJoin(consultations, eq(consultations.id, consultationRatings.consultationId))
    .where(and(...filters))
    .orderBy(desc(consultationRatings.ratedAt))
    .limit(2000);
}

/** The coordinators who held a rated consultation: what the filter offers. */
export async function listRatedCoordinatorIds(db: Db, municipalityId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: consultations.assignedCoordinatorId })
    .from(consultationRatings)
    .innerJoin(consultations, eq(consultations.id, consultationRatings.consultationId))
    .where(
      ofMunicipality(
        [consultationRatings, consultations],
        municipalityId,
        isNotNull(consultations.assignedCoordinatorId),
      ),
    );
  return rows.flatMap((r) => (r.id ? [r.id] : []));
}
