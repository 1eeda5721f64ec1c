import { and, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { consultationRatings, consultations } from '../platform/db/schema/index.ts';

export async function findRating(
  db: Db,
  { municipalityId, consultationId }: { municipalityId: string; consultationId: string },
) {
  const [row] = await db
    .select()
    .from(consultationRatings)
    .where(
      and(
        eq(consultationRatings.municipalityId, municipalityId),
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
    .where(
      and(eq(consultations.municipalityId, municipalityId), eq(consultations.id, consultationId)),
    );
}
