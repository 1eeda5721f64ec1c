import { eq } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { consultationLegalHolds } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type LegalHoldRow = typeof consultationLegalHolds.$inferSelect;

export async function findLegalHold(
  db: Db,
  municipalityId: string,
  consultationId: string,
): Promise<LegalHoldRow | null> {
  const [row] = await db
    .select()
    .from(consultationLegalHolds)
    .where(
      ofMunicipality(
        consultationLegalHolds,
        municipalityId,
        eq(consultationLegalHolds.consultationId, consultationId),
      ),
    );
  return row ?? null;
}

/** Places the hold; false when one is already there (the primary key decides, race-free). */
export async function insertLegalHold(
  db: Db,
  municipalityId: string,
  values: Omit<LegalHoldRow, 'municipalityId'>,
): Promise<boolean> {
  const inserted = await db
    .insert(consultationLegalHolds)
    .values({ ...values, municipalityId })
    .onConflictDoNothing()
    .returning({ id: consultationLegalHolds.consultationId });
  return inserted.length === 1;
}

/** Lifts the hold; false when there was none. */
export async function deleteLegalHold(
  db: Db,
  municipalityId: string,
  consultationId: string,
): Promise<boolean> {
  const deleted = await db
    .delete(consultationLegalHolds)
    .where(
      ofMunicipality(
        consultationLegalHolds,
        municipalityId,
        eq(consultationLegalHolds.consultationId, consultationId),
      ),
    )
    .returning({ id: consultationLegalHolds.consultationId });
  return deleted.length === 1;
}
