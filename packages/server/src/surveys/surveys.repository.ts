import { desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import {
  organizations,
  surveyAnswers,
  surveyRespondents,
  surveyResponses,
  surveys,
  users,
} from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';
import type { SurveyRow } from './survey-results.repository.ts';

export async function findSurvey(
  db: Db,
  municipalityId: string,
  id: string,
): Promise<SurveyRow | null> {
  const [row] = await db
    .select()
    .from(surveys)
    .where(ofMunicipality(surveys, municipalityId, eq(surveys.id, id)))
    .limit(1);
  return row ?? null;
}

/** The municipality's surveys, newest first. */
export async function listSurveysNewestFirst(db: Db, municipalityId: string): Promise<SurveyRow[]> {
  return db
    .select()
    .from(surveys)
    .where(ofMunicipality(surveys, municipalityId))
    .orderBy(desc(surveys.createdAt));
}

export async function insertSurvey(
  db: Db,
  municipalityId: string,
  values: Omit<typeof surveys.$inferInsert, 'municipalityId'>,
): Promise<SurveyRow> {
  const [created] = await db
    .insert(surveys)
    .values({ ...values, municipalityId })
    .returning();
  if (!created) throw new Error('survey insert returned nothing');
  return created;
}

/** Whether any of these "has answered" tags (one per key generation) is stored for the survey. */
export async function anyRespondentTag(
  db: Db,
  municipalityId: string,
  surveyId: string,
  tags: string[],
): Promise<boolean> {
  const found = await db
    .select({ tag: surveyRespondents.tag })
    .from(surveyRespondents)
    .where(
      ofMunicipality(
        surveyRespondents,
        municipalityId,
        eq(surveyRespondents.surveyId, surveyId),
        inArray(surveyRespondents.tag, tags),
      ),
    )
    .limit(1);
  return found.length > 0;
}

/** The ids among these that are employers of the municipality. */
export async function organizationIdsAmong(db: Db, municipalityId: string, ids: string[]) {
  return db
    .select({ id: organizations.id })
    .from(organizations)
    .where(ofMunicipality(organizations, municipalityId, inArray(organizations.id, ids)));
}

/** What the platform knows of a respondent, to take out of their free text. */
export async function findRespondent(db: Db, municipalityId: string, userId: string) {
  const [respondent] = await db
    .select({ id: users.id, identitySealed: users.identitySealed, org: organizations.name })
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(ofMunicipality(users, municipalityId, eq(users.id, userId)))
    .limit(1);
  return respondent ?? null;
}

/**
 * Stores the respondent's tag and their response; nothing links the two (the response
 * has its own random id, no user and no time). Run in one transaction.
 */
export async function insertAnonymousResponse(
  tx: Db,
  municipalityId: string,
  {
    surveyId,
    tag,
    responseId,
    organizationId,
    answers,
  }: {
    surveyId: string;
    tag: string;
    responseId: string;
    organizationId: string;
    answers: { index: number; likert: number | null; textSealed: string | null }[];
  },
): Promise<void> {
  await tx.insert(surveyRespondents).values({ surveyId, municipalityId, tag });
  await tx
    .insert(surveyResponses)
    .values({ id: responseId, surveyId, municipalityId, organizationId });
  await tx.insert(surveyAnswers).values(
    answers.map((a) => ({
      responseId,
      municipalityId,
      questionIndex: a.index,
      likert: a.likert,
      textSealed: a.textSealed,
    })),
  );
}
