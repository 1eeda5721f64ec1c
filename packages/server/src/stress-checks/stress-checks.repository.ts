import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { stressCheckAnswers, stressCheckPeriods } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type StressCheckPeriodRow = typeof stressCheckPeriods.$inferSelect;
export type StressCheckAnswersRow = typeof stressCheckAnswers.$inferSelect;

export async function insertStressCheckPeriod(
  db: Db,
  municipalityId: string,
  values: Omit<typeof stressCheckPeriods.$inferInsert, 'municipalityId' | 'id'>,
): Promise<StressCheckPeriodRow> {
  const [row] = await db
    .insert(stressCheckPeriods)
    .values({ ...values, municipalityId })
    .returning();
  return row!;
}

export async function findStressCheckPeriod(
  db: Db,
  municipalityId: string,
  id: string,
): Promise<StressCheckPeriodRow | null> {
  const [row] = await db
    .select()
    .from(stressCheckPeriods)
    .where(ofMunicipality(stressCheckPeriods, municipalityId, eq(stressCheckPeriods.id, id)))
    .limit(1);
  return row ?? null;
}

/** An organisation's periods, newest first. */
export async function listStressCheckPeriodsOf(
  db: Db,
  municipalityId: string,
  organizationId: string,
): Promise<StressCheckPeriodRow[]> {
  return db
    .select()
    .from(stressCheckPeriods)
    .where(
      ofMunicipality(
        stressCheckPeriods,
        municipalityId,
        eq(stressCheckPeriods.organizationId, organizationId),
      ),
    )
    .orderBy(desc(stressCheckPeriods.createdAt));
}

export async function findOwnStressCheckAnswers(
  db: Db,
  municipalityId: string,
  periodId: string,
  userId: string,
): Promise<StressCheckAnswersRow | null> {
  const [row] = await db
    .select()
    .from(stressCheckAnswers)
    .where(
      ofMunicipality(
        stressCheckAnswers,
        municipalityId,
        and(eq(stressCheckAnswers.periodId, periodId), eq(stressCheckAnswers.userId, userId)),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** Writes a worker's answers (the row of their period, created on first save). */
export async function upsertOwnStressCheckAnswers(
  db: Db,
  municipalityId: string,
  values: Omit<typeof stressCheckAnswers.$inferInsert, 'municipalityId' | 'id'>,
): Promise<StressCheckAnswersRow> {
  const { periodId, userId, ...rest } = values;
  const [row] = await db
    .insert(stressCheckAnswers)
    .values({ ...values, municipalityId })
    .onConflictDoUpdate({
      target: [stressCheckAnswers.periodId, stressCheckAnswers.userId],
      set: rest,
      where: ofMunicipality(
        stressCheckAnswers,
        municipalityId,
        eq(stressCheckAnswers.periodId, periodId),
        eq(stressCheckAnswers.userId, userId),
      ),
    })
    .returning();
  return row!;
}

export async function markInterviewRequested(
  db: Db,
  municipalityId: string,
  id: string,
  at: Date,
): Promise<StressCheckAnswersRow> {
  const [row] = await db
    .update(stressCheckAnswers)
    .set({ interviewRequestedAt: at })
    .where(ofMunicipality(stressCheckAnswers, municipalityId, eq(stressCheckAnswers.id, id)))
    .returning();
  return row!;
}

/** The completed answer sets of a period, as the group analysis reads them: no user, no answers. */
export async function listScoredAnswersOf(db: Db, municipalityId: string, periodId: string) {
  const rows = await db
    .select({
      department: stressCheckAnswers.department,
      A: stressCheckAnswers.scoreA,
      B: stressCheckAnswers.scoreB,
      C: stressCheckAnswers.scoreC,
    })
    .from(stressCheckAnswers)
    .where(
      ofMunicipality(
        stressCheckAnswers,
        municipalityId,
        and(eq(stressCheckAnswers.periodId, periodId), isNotNull(stressCheckAnswers.completedAt)),
      ),
    );
  return rows.map((r) => ({ department: r.department, A: r.A!, B: r.B!, C: r.C! }));
}
