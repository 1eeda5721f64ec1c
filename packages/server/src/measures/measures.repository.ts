import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { measureIndicators, measureRevisions, measures } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type MeasureRow = typeof measures.$inferSelect;
export type IndicatorRow = typeof measureIndicators.$inferSelect;
export type RevisionRow = typeof measureRevisions.$inferSelect;
export type MeasureValues = Pick<
  MeasureRow,
  'areaNo' | 'areaTitle' | 'title' | 'text' | 'ownerSection' | 'status'
>;
export type Change = { field: string; before: string; after: string };

/** The municipality's measures in area order, then in the order they were added. */
export async function listMeasureRows(db: Db, municipalityId: string) {
  return db
    .select()
    .from(measures)
    .where(ofMunicipality(measures, municipalityId))
    .orderBy(asc(measures.areaNo), asc(measures.createdAt), asc(measures.id));
}

export async function findMeasure(
  db: Db,
  {
    municipalityId,
    measureId,
    lock = false,
  }: { municipalityId: string; measureId: string; lock?: boolean },
) {
  const query = db
    .select()
    .from(measures)
    .where(ofMunicipality(measures, municipalityId, eq(measures.id, measureId)))
    .limit(1);
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** Figures of the given measures, newest date first. */
export async function listIndicatorRows(
  db: Db,
  { municipalityId, measureIds }: { municipalityId: string; measureIds: readonly string[] },
) {
  if (measureIds.length === 0) return [];
  return (
    db
      .select()
      .from(measureIndicators)
      .where(
        ofMunicipality(
          measureIndicators,
          municipalityId,
          inArray(measureIndicators.measureId, [...measureIds]),
        ),
      )
      // Figures of one day added together share their time too: their label orders them.
      .orderBy(
        desc(measureIndicators.asOf),
        asc(measureIndicators.createdAt),
        asc(measureIndicators.label),
        asc(measureIndicators.id),
      )
  );
}

export async function insertMeasure(
  db: Db,
  { municipalityId, values, at }: { municipalityId: string; values: MeasureValues; at: Date },
) {
  const [row] = await db
    .insert(measures)
    .values({ ...values, municipalityId, createdAt: at, updatedAt: at })
    .returning();
  return row!;
}

export async function saveMeasure(
  db: Db,
  {
    municipalityId,
    measureId,
    values,
    at,
  }: { municipalityId: string; measureId: string; values: Partial<MeasureValues>; at: Date },
) {
  const [row] = await db
    .update(measures)
    .set({ ...values, updatedAt: at })
    .where(ofMunicipality(measures, municipalityId, eq(measures.id, measureId)))
    .returning();
  return row!;
}

export async function insertIndicator(
  db: Db,
  {
    municipalityId,
    measureId,
    values,
  }: {
    municipalityId: string;
    measureId: string;
    values: Pick<IndicatorRow, 'label' | 'value' | 'unit' | 'asOf' | 'source'>;
  },
) {
  const [row] = await db
    .insert(measureIndicators)
    .values({ ...values, municipalityId, measureId })
    .returning();
  return row!;
}

export async function insertRevision(
  db: Db,
  {
    municipalityId,
    measureId,
    actorId,
    kind,
    changes,
    at,
  }: {
    municipalityId: string;
    measureId: string;
    /** Null for what the demo seeds. */
    actorId: string | null;
    kind: 'created' | 'updated' | 'indicator_added';
    changes: Change[];
    at: Date;
  },
) {
  await db
    .insert(measureRevisions)
    .values({ municipalityId, measureId, actorId, kind, changes, changedAt: at });
}

/** A measure's revisions, newest first. */
export async function listRevisionRows(
  db: Db,
  { municipalityId, measureId }: { municipalityId: string; measureId: string },
) {
  return db
    .select()
    .from(measureRevisions)
    .where(
      ofMunicipality(measureRevisions, municipalityId, eq(measureRevisions.measureId, measureId)),
    )
    .orderBy(desc(measureRevisions.changedAt), desc(measureRevisions.id));
}
