import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import {
  consultations,
  questionnaireResponses,
  questionnaireTranslationPermissions,
} from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type QuestionnaireResponseRow = typeof questionnaireResponses.$inferSelect;
export type TranslationPermissionRow = typeof questionnaireTranslationPermissions.$inferSelect;

export async function insertQuestionnaireResponse(
  db: Db,
  municipalityId: string,
  values: Omit<typeof questionnaireResponses.$inferInsert, 'municipalityId'>,
): Promise<QuestionnaireResponseRow> {
  const [row] = await db
    .insert(questionnaireResponses)
    .values({ ...values, municipalityId })
    .returning();
  return row!;
}

/** Answers a sent questionnaire, only while it is unanswered (a second answer updates nothing). */
export async function answerSentQuestionnaire(
  db: Db,
  municipalityId: string,
  {
    id,
    consultationId,
    kind,
    ...values
  }: {
    id: string;
    consultationId: string;
    kind: string;
  } & Pick<
    typeof questionnaireResponses.$inferInsert,
    'language' | 'answersSealed' | 'total' | 'band' | 'level' | 'drivers' | 'answeredAt'
  >,
): Promise<QuestionnaireResponseRow | null> {
  const [row] = await db
    .update(questionnaireResponses)
    .set(values)
    .where(
      ofMunicipality(
        questionnaireResponses,
        municipalityId,
        eq(questionnaireResponses.id, id),
        eq(questionnaireResponses.consultationId, consultationId),
        eq(questionnaireResponses.kind, kind),
        isNull(questionnaireResponses.answeredAt),
      ),
    )
    .returning();
  return row ?? null;
}

export async function listQuestionnaireResponses(
  db: Db,
  municipalityId: string,
  consultationId: string,
): Promise<QuestionnaireResponseRow[]> {
  return db
    .select()
    .from(questionnaireResponses)
    .where(
      ofMunicipality(
        questionnaireResponses,
        municipalityId,
        eq(questionnaireResponses.consultationId, consultationId),
      ),
    )
    .orderBy(asc(questionnaireResponses.createdAt));
}

/** The consultation's message counter now: a flag raised by a questionnaire follows it. */
export async function currentMessageSeq(db: Db, municipalityId: string, consultationId: string) {
  const [row] = await db
    .select({ lastSeq: consultations.lastSeq })
    .from(consultations)
    .where(ofMunicipality(consultations, municipalityId, eq(consultations.id, consultationId)))
    .limit(1);
  return row?.lastSeq ?? 0;
}

export async function listTranslationPermissionsOf(
  db: Db,
  municipalityId: string,
): Promise<TranslationPermissionRow[]> {
  return db
    .select()
    .from(questionnaireTranslationPermissions)
    .where(ofMunicipality(questionnaireTranslationPermissions, municipalityId))
    .orderBy(asc(questionnaireTranslationPermissions.kind));
}

export async function findTranslationPermission(
  db: Db,
  municipalityId: string,
  kind: string,
  language: string,
): Promise<TranslationPermissionRow | null> {
  const [row] = await db
    .select()
    .from(questionnaireTranslationPermissions)
    .where(
      ofMunicipality(
        questionnaireTranslationPermissions,
        municipalityId,
        and(
          eq(questionnaireTranslationPermissions.kind, kind),
          eq(questionnaireTranslationPermissions.language, language),
        ),
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function upsertTranslationPermission(
  db: Db,
  municipalityId: string,
  values: Omit<typeof questionnaireTranslationPermissions.$inferInsert, 'municipalityId'>,
): Promise<TranslationPermissionRow> {
  const { kind, language, ...rest } = values;
  const [row] = await db
    .insert(questionnaireTranslationPermissions)
    .values({ ...values, municipalityId })
    .onConflictDoUpdate({
      target: [
        questionnaireTranslationPermissions.municipalityId,
        questionnaireTranslationPermissions.kind,
        questionnaireTranslationPermissions.language,
      ],
      set: rest,
      where: ofMunicipality(
        questionnaireTranslationPermissions,
        municipalityId,
        eq(questionnaireTranslationPermissions.kind, kind),
        eq(questionnaireTranslationPermissions.language, language),
      ),
    })
    .returning();
  return row!;
}
