/** Data access of openings as the public and their posters read them. */
import { asc, desc, eq, gte, isNull, or } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import type { NewWorkOpeningRow } from './matching.repository.ts';
import { workOpenings } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export async function findOpening(
  db: Db,
  { municipalityId, openingId }: { municipalityId: string; openingId: string },
) {
  const [row] = await db
    .select()
    .from(workOpenings)
    .where(ofMunicipality(workOpenings, municipalityId, eq(workOpenings.id, openingId)))
    .limit(1);
  return row ?? null;
}

/** Open openings still offered on the Japan day `today`, newest first. */
export async function listOfferedOpenings(
  db: Db,
  { municipalityId, today }: { municipalityId: string; today: string },
) {
  return db
    .select()
    .from(workOpenings)
    .where(
      ofMunicipality(
        workOpenings,
        municipalityId,
        eq(workOpenings.status, 'open'),
        or(isNull(workOpenings.validThrough), gte(workOpenings.validThrough, today)),
      ),
    )
    .orderBy(desc(workOpenings.createdAt), asc(workOpenings.title))
    .limit(500);
}

/** The programme's open openings, newest first (its staff's working list). */
export async function listOpenOpeningsOfProgramme(
  db: Db,
  { municipalityId, programmeId }: { municipalityId: string; programmeId: string },
) {
  return db
    .select()
    .from(workOpenings)
    .where(
      ofMunicipality(
        workOpenings,
        municipalityId,
        eq(workOpenings.programmeId, programmeId),
        eq(workOpenings.status, 'open'),
      ),
    )
    .orderBy(desc(workOpenings.createdAt))
    .limit(500);
}

/** The opening, locked until the transaction ends: an edit and a close do not cross. */
export async function lockOpening(
  db: Db,
  { municipalityId, openingId }: { municipalityId: string; openingId: string },
) {
  const [row] = await db
    .select()
    .from(workOpenings)
    .where(ofMunicipality(workOpenings, municipalityId, eq(workOpenings.id, openingId)))
    .limit(1)
    .for('update');
  return row ?? null;
}

type OpeningChanges = Partial<
  Omit<NewWorkOpeningRow, 'id' | 'municipalityId' | 'createdAt' | 'postedBy'>
>;

export async function updateOpening(
  db: Db,
  { municipalityId, openingId }: { municipalityId: string; openingId: string },
  changes: OpeningChanges,
) {
  const [row] = await db
    .update(workOpenings)
    .set(changes)
    .where(ofMunicipality(workOpenings, municipalityId, eq(workOpenings.id, openingId)))
    .returning();
  return row!;
}

/** A company's own openings, open ones first, newest first (its admin's working list). */
export async function listOpeningsOfOrganization(
  db: Db,
  { municipalityId, organizationId }: { municipalityId: string; organizationId: string },
) {
  return db
    .select()
    .from(workOpenings)
    .where(
      ofMunicipality(
        workOpenings,
        municipalityId,
        eq(workOpenings.employerOrganizationId, organizationId),
      ),
    )
    .orderBy(desc(eq(workOpenings.status, 'open')), desc(workOpenings.createdAt))
    .limit(500);
}
