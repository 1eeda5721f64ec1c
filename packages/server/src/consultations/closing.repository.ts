import { eq } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import {
  consultationCodings,
  consultationRatings,
  consultations,
} from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

/** Closes an active consultation; false when it was not active any more (closed meanwhile). */
export async function markConsultationClosed(
  db: Db,
  {
    municipalityId,
    consultationId,
    now,
  }: { municipalityId: string; consultationId: string; now: Date },
): Promise<boolean> {
  const closed = await db
    .update(consultations)
    .set({ status: 'closed', closedAt: now })
    .where(
      ofMunicipality(
        consultations,
        municipalityId,
        eq(consultations.id, consultationId),
        eq(consultations.status, 'active'),
      ),
    )
    .returning({ id: consultations.id });
  return closed.length > 0;
}

/** A person's one rating of a closed consultation; false when they had rated it already. */
export async function insertRating(
  db: Db,
  rating: typeof consultationRatings.$inferInsert,
): Promise<boolean> {
  const inserted = await db
    .insert(consultationRatings)
    .values(rating)
    .onConflictDoNothing()
    .returning({ consultationId: consultationRatings.consultationId });
  return inserted.length > 0;
}

/** The structured case coding a consultation is closed with. */
export async function insertCoding(db: Db, coding: typeof consultationCodings.$inferInsert) {
  await db.insert(consultationCodings).values(coding);
}

export async function findRating(
  db: Db,
  { municipalityId, consultationId }: { municipalityId: string; consultationId: string },
) {
  const [row] = await db
    .select()
    .from(consultationRatings)
    .where(
      ofMunicipality(
        consultationRatings,
        municipalityId,
        eq(consultationRatings.consultationId, consultationId),
      ),
    );
  return row ?? null;
}

export async function setNextTimeSameCoordinator(
  db: Db,
  {
    municipalityId,
    consultationId,
    sameCoordinator,
  }: { municipalityId: string; consultationId: string; sameCoordinator: boolean },
) {
  await db
    .update(consultations)
    .set({ nextTimeSameCoordinator: sameCoordinator })
    .where(ofMunicipality(consultations, municipalityId, eq(consultations.id, consultationId)));
}
