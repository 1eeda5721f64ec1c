import { desc, eq } from 'drizzle-orm';
import type { TSurveyQuestionResult } from '@yorisoi/shared';
import type { Db } from '../platform/db/database.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { openField } from '../platform/crypto/sealed-field.ts';
import {
  disclosureReleases,
  surveyAnswers,
  surveyResponses,
  surveyResultReleases,
  surveys,
} from '../platform/db/schema/index.ts';
import type { AnonymousResponse } from './survey-results.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type SurveyRow = typeof surveys.$inferSelect;

/** A response with the employer its respondent worked for (the only thing kept of them). */
export interface ScopedResponse extends AnonymousResponse {
  organizationId: string;
}

export const answerContext = (responseId: string, index: number) =>
  `survey_answers.text:${responseId}:${index}`;

/** Every response of a survey, free text opened (it was de-identified before sealing). */
export async function loadSurveyResponses(
  db: Db,
  keyring: Keyring,
  { municipalityId, surveyId }: { municipalityId: string; surveyId: string },
): Promise<ScopedResponse[]> {
  const responses = await db
    .select({ id: surveyResponses.id, organizationId: surveyResponses.organizationId })
    .from(surveyResponses)
    .where(ofMunicipality(surveyResponses, municipalityId, eq(surveyResponses.surveyId, surveyId)));
  if (responses.length === 0) return [];
  const answers = await db
    .select()
    .from(surveyAnswers)
    .innerJoin(surveyResponses, eq(surveyResponses.id, surveyAnswers.responseId))
    .where(ofMunicipality(surveyAnswers, municipalityId, eq(surveyResponses.surveyId, surveyId)));
  const byResponse = new Map(
    responses.map((r) => [r.id, new Map<number, { likert: number } | { text: string }>()]),
  );
  for (const { survey_answers: a } of answers) {
    byResponse.get(a.responseId)?.set(
      a.questionIndex,
      a.likert !== null
        ? { likert: a.likert }
        : {
            text: openField(keyring, a.textSealed!, answerContext(a.responseId, a.questionIndex)),
          },
    );
  }
  return responses.map((r) => ({
    id: r.id,
    organizationId: r.organizationId,
    answers: byResponse.get(r.id)!,
  }));
}

/** The municipality's surveys, oldest first. */
export async function surveysOfMunicipality(db: Db, municipalityId: string): Promise<SurveyRow[]> {
  return db
    .select()
    .from(surveys)
    .where(ofMunicipality(surveys, municipalityId))
    .orderBy(surveys.createdAt);
}

/**
 * The last view released to the audience, with the k it was released under (views from
 * before release histories were kept count as released under the survey's own k).
 */
export async function lastSurveyRelease(
  db: Db,
  {
    municipalityId,
    survey,
    audienceKey,
  }: { municipalityId: string; survey: SurveyRow; audienceKey: string },
) {
  const [previous] = await db
    .select({
      id: surveyResultReleases.id,
      questions: surveyResultReleases.questions,
      releasedAt: surveyResultReleases.releasedAt,
      k: disclosureReleases.k,
    })
    .from(surveyResultReleases)
    .leftJoin(disclosureReleases, eq(disclosureReleases.id, surveyResultReleases.id))
    .where(
      ofMunicipality(
        surveyResultReleases,
        municipalityId,
        eq(surveyResultReleases.surveyId, survey.id),
        eq(surveyResultReleases.audienceKey, audienceKey),
      ),
    )
    .orderBy(desc(surveyResultReleases.releasedAt))
    .limit(1);
  if (!previous) return undefined;
  // Views kept before texts could be held back say nothing of it: they showed theirs.
  const questions = (previous.questions as TSurveyQuestionResult[]).map((q) =>
    q.kind === 'text' ? { ...q, withheld: q.withheld ?? false } : q,
  );
  return {
    id: previous.id,
    questions,
    releasedAt: previous.releasedAt,
    k: previous.k ?? survey.minimumGroupSize,
  };
}

export async function insertSurveyResultRelease(
  db: Db,
  release: {
    id: string;
    municipalityId: string;
    surveyId: string;
    audienceKey: string;
    questions: TSurveyQuestionResult[];
    releasedAt: Date;
  },
): Promise<void> {
  await db.insert(surveyResultReleases).values(release);
}
