import crypto from 'node:crypto';
import type { TAnswerSurvey, TCreateSurvey, TSurvey, TSurveyQuestion } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { openIdentity } from '../auth/identity-seal.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/policy.ts';
import { isSurveyRespondent, surveyListedFor } from '../policy/visibility.ts';
import { AppError, isUniqueViolation } from '../platform/errors.ts';
import { sealField } from '../platform/crypto/sealed-field.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { minimumGroupSizeOf } from '../insights/statistics-audience.ts';
import { surveyStatusOn } from './survey-dates.ts';
import { respondentTag, respondentTagsUnderAllKeys } from './respondent-tag.ts';
import { deidentifyAnswer, knownIdentifiersOf } from './free-text.ts';
import { answerContext, type SurveyRow } from './survey-results.repository.ts';
import { loadSurveyFor, questionsOf, scopeFor, targetsOf } from './survey-access.ts';
import {
  anyRespondentTag,
  findRespondent,
  insertAnonymousResponse,
  insertSurvey,
  listSurveysNewestFirst,
  organizationIdsAmong,
} from './surveys.repository.ts';

export function presentSurvey(row: SurveyRow, now: Date, answered: boolean | null): TSurvey {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    questions: questionsOf(row),
    targetOrganizationIds: targetsOf(row),
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    status: surveyStatusOn(row, now),
    minimumGroupSize: row.minimumGroupSize,
    answered,
    createdAt: row.createdAt.toISOString(),
  };
}

async function hasAnswered(ctx: AppContext, actor: Actor, survey: SurveyRow) {
  return anyRespondentTag(
    ctx.db,
    survey.municipalityId,
    survey.id,
    respondentTagsUnderAllKeys(ctx.keyring, survey.id, actor.userId),
  );
}

export async function createSurvey(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: TCreateSurvey },
) {
  const municipalityId = actor.municipalityId;
  const targets = [...new Set(input.targetOrganizationIds)];
  for (const organizationId of targets) {
    authorize(actor, 'survey.manage', { municipalityId, organizationId });
  }
  const found = await organizationIdsAmong(ctx.db, municipalityId as string, targets);
  if (found.length !== targets.length) throw new AppError('NOT_FOUND');
  const minimumGroupSize = await minimumGroupSizeOf(ctx.db, municipalityId as string);
  const row = await ctx.db.transaction(async (tx) => {
    const created = await insertSurvey(tx, municipalityId as string, {
      title: input.title,
      description: input.description ?? null,
      questions: input.questions,
      targetOrganizationIds: targets,
      opensOn: input.opensOn,
      closesOn: input.closesOn,
      minimumGroupSize,
      createdBy: actor.userId,
      ownerOrganizationId: actor.role === 'employer_admin' ? actor.organizationId : null,
      createdAt: ctx.now(),
    });
    await recordAudit(
      tx,
      {
        action: 'survey.created',
        municipalityId: created.municipalityId,
        actor,
        target: { type: 'survey', id: created.id },
        detail: { organizations: targets.length, questions: input.questions.length },
      },
      ctx.now(),
    );
    return created;
  });
  return presentSurvey(row, ctx.now(), null);
}

export async function listSurveys(ctx: AppContext, { actor }: { actor: Actor }) {
  if (!actor.municipalityId) return [];
  const rows = await listSurveysNewestFirst(ctx.db, actor.municipalityId);
  const now = ctx.now();
  const listed = rows.filter((row) =>
    surveyListedFor(actor, scopeFor(actor, row), surveyStatusOn(row, now) === 'open'),
  );
  return Promise.all(
    listed.map(async (row) => presentSurvey(row, now, await answered(ctx, actor, row))),
  );
}

/** Whether a respondent has answered; null for anyone else, who answers no survey. */
async function answered(ctx: AppContext, actor: Actor, row: SurveyRow) {
  return isSurveyRespondent(actor, scopeFor(actor, row)) ? hasAnswered(ctx, actor, row) : null;
}

export async function getSurvey(
  ctx: AppContext,
  { actor, surveyId }: { actor: Actor; surveyId: string },
) {
  const row = await loadSurveyFor(ctx, actor, surveyId);
  return presentSurvey(row, ctx.now(), await answered(ctx, actor, row));
}

/** Pairs each question with its answer; every 1–5 question must be answered. */
type MatchedAnswer = { index: number; likert: number } | { index: number; text: string | null };

function matchAnswers(
  questions: readonly TSurveyQuestion[],
  answers: TAnswerSurvey['answers'],
): MatchedAnswer[] {
  if (answers.length !== questions.length) throw new AppError('SURVEY_ANSWERS_MISMATCH');
  return questions.map((question, index): MatchedAnswer => {
    const answer = answers[index]!;
    if (question.kind === 'likert') {
      if (!('likert' in answer)) throw new AppError('SURVEY_ANSWERS_MISMATCH');
      return { index, likert: answer.likert };
    }
    if (!('text' in answer)) throw new AppError('SURVEY_ANSWERS_MISMATCH');
    return { index, text: answer.text };
  });
}

/**
 * Stores one anonymous response. The respondent's tag and the response go in one
 * transaction (a second answer fails on the tag's unique index), but nothing links them:
 * the response has a fresh random id, no user and no time. Free text is de-identified
 * with what the platform knows of the respondent before it is sealed and stored. No audit
 * entry is written: its actor and time would link the person to the response.
 */
export async function answerSurvey(
  ctx: AppContext,
  { actor, surveyId, input }: { actor: Actor; surveyId: string; input: TAnswerSurvey },
) {
  const row = await loadSurveyFor(ctx, actor, surveyId);
  const scope = scopeFor(actor, row);
  authorize(actor, 'survey.answer', scope);
  if (surveyStatusOn(row, ctx.now()) !== 'open') throw new AppError('SURVEY_NOT_OPEN');
  const matched = matchAnswers(questionsOf(row), input.answers);
  if (await hasAnswered(ctx, actor, row)) throw new AppError('SURVEY_ALREADY_ANSWERED');

  const respondent = await findRespondent(ctx.db, row.municipalityId, actor.userId);
  if (!respondent) throw new AppError('NOT_FOUND');
  const { displayName, nickname } = openIdentity(ctx, respondent);
  const known = knownIdentifiersOf({
    displayName,
    nickname,
    organizationName: respondent.org,
  });
  const responseId = crypto.randomUUID();
  const values: { index: number; likert: number | null; textSealed: string | null }[] = [];
  for (const answer of matched) {
    if ('likert' in answer) {
      values.push({ index: answer.index, likert: answer.likert, textSealed: null });
      continue;
    }
    const text =
      answer.text === null
        ? null
        : await deidentifyAnswer(answer.text, { known, deidentifier: ctx.deidentifier });
    if (text === null) continue;
    values.push({
      index: answer.index,
      likert: null,
      textSealed: sealField(ctx.keyring, text, answerContext(responseId, answer.index)),
    });
  }
  try {
    await ctx.db.transaction((tx) =>
      insertAnonymousResponse(tx, row.municipalityId, {
        surveyId: row.id,
        tag: respondentTag(ctx.keyring, row.id, actor.userId),
        responseId,
        organizationId: scope.organizationId as string,
        answers: values,
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('SURVEY_ALREADY_ANSWERED');
    throw error;
  }
  return { ok: true as const };
}
