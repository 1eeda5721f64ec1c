import crypto from 'node:crypto';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type {
  TAnswerSurvey,
  TCreateSurvey,
  TSurvey,
  TSurveyQuestion,
  TSurveyQuestionResult,
  TSurveyResults,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import {
  organizations,
  surveyAnswers,
  surveyRespondents,
  surveyResponses,
  surveyResultReleases,
  surveys,
  users,
} from '../platform/db/schema/index.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, authorizeOrNotFound, can, type ResourceScope } from '../policy/policy.ts';
import { AppError, isUniqueViolation } from '../platform/errors.ts';
import { openField, sealField } from '../platform/crypto/sealed-field.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { audienceKey, type Audience } from '../insights/disclosure/audience.ts';
import { groupFingerprint } from '../insights/disclosure/release-ledger.ts';
import { differencingConflicts } from '../insights/disclosure/differencing.ts';
import { DatabaseReleaseLedger } from '../insights/release-ledger.repository.ts';
import { minimumGroupSizeOf } from '../insights/statistics-audience.ts';
import { surveyStatusOn } from './survey-dates.ts';
import { respondentTag, respondentTagsUnderAllKeys } from './respondent-tag.ts';
import { deidentifyAnswer, knownIdentifiersOf } from './free-text.ts';
import { protectSurveyResults, type AnonymousResponse } from './survey-results.ts';

type SurveyRow = typeof surveys.$inferSelect;

const targetsOf = (row: SurveyRow) => row.targetOrganizationIds as string[];
const questionsOf = (row: SurveyRow) => row.questions as TSurveyQuestion[];
const answerContext = (responseId: string, index: number) =>
  `survey_answers.text:${responseId}:${index}`;

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

/** The survey seen from the actor: their organisation counts only if the survey targets it. */
function scopeFor(actor: Actor, row: SurveyRow): ResourceScope {
  const own = actor.organizationId;
  return {
    municipalityId: row.municipalityId,
    organizationId: own !== null && targetsOf(row).includes(own) ? own : null,
  };
}

async function loadSurveyFor(ctx: AppContext, actor: Actor, surveyId: string) {
  if (!actor.municipalityId) throw new AppError('NOT_FOUND');
  const [row] = await ctx.db
    .select()
    .from(surveys)
    .where(and(eq(surveys.municipalityId, actor.municipalityId), eq(surveys.id, surveyId)))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND');
  authorizeOrNotFound(actor, 'survey.read', scopeFor(actor, row));
  return row;
}

async function hasAnswered(ctx: AppContext, actor: Actor, surveyId: string) {
  const found = await ctx.db
    .select({ tag: surveyRespondents.tag })
    .from(surveyRespondents)
    .where(
      and(
        eq(surveyRespondents.surveyId, surveyId),
        inArray(
          surveyRespondents.tag,
          respondentTagsUnderAllKeys(ctx.keyring, surveyId, actor.userId),
        ),
      ),
    )
    .limit(1);
  return found.length > 0;
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
  const found = await ctx.db
    .select({ id: organizations.id })
    .from(organizations)
    .where(
      and(
        eq(organizations.municipalityId, municipalityId as string),
        inArray(organizations.id, targets),
      ),
    );
  if (found.length !== targets.length) throw new AppError('NOT_FOUND');
  const minimumGroupSize = await minimumGroupSizeOf(ctx.db, municipalityId as string);
  const row = await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(surveys)
      .values({
        municipalityId: municipalityId as string,
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
      })
      .returning();
    if (!created) throw new Error('survey insert returned nothing');
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
  const rows = await ctx.db
    .select()
    .from(surveys)
    .where(eq(surveys.municipalityId, actor.municipalityId))
    .orderBy(desc(surveys.createdAt));
  const now = ctx.now();
  const visible = rows.filter((row) => can(actor, 'survey.read', scopeFor(actor, row)));
  if (actor.role !== 'worker') return visible.map((row) => presentSurvey(row, now, null));
  const open = visible.filter((row) => surveyStatusOn(row, now) === 'open');
  return Promise.all(
    open.map(async (row) => presentSurvey(row, now, await hasAnswered(ctx, actor, row.id))),
  );
}

export async function getSurvey(
  ctx: AppContext,
  { actor, surveyId }: { actor: Actor; surveyId: string },
) {
  const row = await loadSurveyFor(ctx, actor, surveyId);
  const answered = actor.role === 'worker' ? await hasAnswered(ctx, actor, row.id) : null;
  return presentSurvey(row, ctx.now(), answered);
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
  if (await hasAnswered(ctx, actor, row.id)) throw new AppError('SURVEY_ALREADY_ANSWERED');

  const [respondent] = await ctx.db
    .select({ displayName: users.displayName, nickname: users.nickname, org: organizations.name })
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(and(eq(users.id, actor.userId), eq(users.municipalityId, row.municipalityId)))
    .limit(1);
  if (!respondent) throw new AppError('NOT_FOUND');
  const known = knownIdentifiersOf({
    displayName: respondent.displayName,
    nickname: respondent.nickname,
    organizationName: respondent.org,
  });
  const responseId = crypto.randomUUID();
  const values: { index: number; likert: number | null; textSealed: string | null }[] = [];
  for (const answer of matched) {
    if ('likert' in answer) {
      values.push({ index: answer.index, likert: answer.likert, textSealed: null });
      continue;
    }
    const text = answer.text === null ? null : await deidentifyAnswer(answer.text, known);
    if (text === null) continue;
    values.push({
      index: answer.index,
      likert: null,
      textSealed: sealField(ctx.keyring, text, answerContext(responseId, answer.index)),
    });
  }
  try {
    await ctx.db.transaction(async (tx) => {
      await tx.insert(surveyRespondents).values({
        surveyId: row.id,
        municipalityId: row.municipalityId,
        tag: respondentTag(ctx.keyring, row.id, actor.userId),
      });
      await tx.insert(surveyResponses).values({
        id: responseId,
        surveyId: row.id,
        municipalityId: row.municipalityId,
        organizationId: scope.organizationId as string,
      });
      await tx.insert(surveyAnswers).values(
        values.map((v) => ({
          responseId,
          municipalityId: row.municipalityId,
          questionIndex: v.index,
          likert: v.likert,
          textSealed: v.textSealed,
        })),
      );
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('SURVEY_ALREADY_ANSWERED');
    throw error;
  }
  return { ok: true as const };
}

async function loadResponses(
  ctx: AppContext,
  row: SurveyRow,
  organizationId: string | null,
): Promise<AnonymousResponse[]> {
  const responses = await ctx.db
    .select({ id: surveyResponses.id })
    .from(surveyResponses)
    .where(
      and(
        eq(surveyResponses.municipalityId, row.municipalityId),
        eq(surveyResponses.surveyId, row.id),
        organizationId === null ? undefined : eq(surveyResponses.organizationId, organizationId),
      ),
    );
  if (responses.length === 0) return [];
  const answers = await ctx.db
    .select()
    .from(surveyAnswers)
    .innerJoin(surveyResponses, eq(surveyResponses.id, surveyAnswers.responseId))
    .where(
      and(
        eq(surveyAnswers.municipalityId, row.municipalityId),
        eq(surveyResponses.surveyId, row.id),
        organizationId === null ? undefined : eq(surveyResponses.organizationId, organizationId),
      ),
    );
  const byResponse = new Map(
    responses.map((r) => [r.id, new Map<number, { likert: number } | { text: string }>()]),
  );
  for (const { survey_answers: a } of answers) {
    byResponse.get(a.responseId)?.set(
      a.questionIndex,
      a.likert !== null
        ? { likert: a.likert }
        : {
            text: openField(
              ctx.keyring,
              a.textSealed!,
              answerContext(a.responseId, a.questionIndex),
            ),
          },
    );
  }
  return [...byResponse].map(([id, map]) => ({ id, answers: map }));
}

/**
 * Protected results of every survey of the municipality (that targets the organisation,
 * when one is given) over its respondents in that scope: for reports. Surveys under k
 * respondents are left out. The caller releases the groups through a ledger.
 */
export async function protectedSurveysFor(
  ctx: AppContext,
  municipalityId: string,
  organizationId: string | null,
  k: number,
) {
  const rows = await ctx.db
    .select()
    .from(surveys)
    .where(eq(surveys.municipalityId, municipalityId))
    .orderBy(surveys.createdAt);
  const inScope = rows.filter(
    (row) => organizationId === null || targetsOf(row).includes(organizationId),
  );
  const results = [];
  for (const row of inScope) {
    const responses = await loadResponses(ctx, row, organizationId);
    // Never below what the survey promised its respondents, nor below the city's k now.
    const surveyK = Math.max(k, row.minimumGroupSize);
    const result = protectSurveyResults(questionsOf(row), responses, surveyK, row.title);
    if (result.state === 'publishable') results.push({ title: row.title, ...result });
  }
  return results;
}

/** City staff see every respondent; an employer admin only those of their own organisation. */
function audienceOf(
  actor: Actor,
  row: SurveyRow,
): { audience: Audience; organizationId: string | null } {
  if (actor.role === 'city_staff') {
    return { audience: { kind: 'city', municipalityId: row.municipalityId }, organizationId: null };
  }
  const organizationId = actor.organizationId as string;
  return {
    audience: { kind: 'employer', municipalityId: row.municipalityId, organizationId },
    organizationId,
  };
}

async function lastRelease(ctx: AppContext, row: SurveyRow, key: string) {
  const [previous] = await ctx.db
    .select()
    .from(surveyResultReleases)
    .where(
      and(
        eq(surveyResultReleases.municipalityId, row.municipalityId),
        eq(surveyResultReleases.surveyId, row.id),
        eq(surveyResultReleases.audienceKey, key),
      ),
    )
    .orderBy(desc(surveyResultReleases.releasedAt))
    .limit(1);
  return previous;
}

/**
 * Results under disclosure control, released through the audience's persistent ledger (the
 * one statistics use) in one transaction under a lock on the audience: a view whose
 * respondents differ from one the audience saw before by 1..k−1 is refused, and the last
 * released view is shown again instead.
 */
export async function getSurveyResults(
  ctx: AppContext,
  { actor, surveyId }: { actor: Actor; surveyId: string },
): Promise<TSurveyResults> {
  const row = await loadSurveyFor(ctx, actor, surveyId);
  authorizeOrNotFound(actor, 'survey.manage', scopeFor(actor, row));
  const { audience, organizationId } = audienceOf(actor, row);
  const k = row.minimumGroupSize;
  const base = {
    surveyId: row.id,
    title: row.title,
    minimumGroupSize: k,
    scope: organizationId === null ? ('municipality' as const) : ('organization' as const),
  };
  const key = audienceKey(audience);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const ledger = new DatabaseReleaseLedger(tx, row.municipalityId, now);
    await ledger.lockAudience(key);
    const responses = await loadResponses({ ...ctx, db: tx }, row, organizationId);
    // Never below what the survey promised its respondents, nor below the city's k now.
    const surveyK = Math.max(k, row.minimumGroupSize);
    const result = protectSurveyResults(questionsOf(row), responses, surveyK, row.title);
    const previous = await lastRelease({ ...ctx, db: tx }, row, key);
    const fallback = (state: 'tooFew' | 'previous'): TSurveyResults =>
      previous
        ? {
            ...base,
            state: 'previous',
            releasedAt: previous.releasedAt.toISOString(),
            questions: previous.questions as TSurveyQuestionResult[],
          }
        : { ...base, state, releasedAt: null, questions: [] };
    if (result.state === 'tooFew') return fallback('tooFew');
    const fingerprints = result.groups.map((g) => groupFingerprint(g.persons));
    const prior = await ledger.disclosedTo(key, fingerprints);
    if (differencingConflicts(result.groups, prior, k, ledger.overlapFor(key)).length > 0) {
      return fallback('previous');
    }
    const releaseId = crypto.randomUUID();
    await ledger.record(key, releaseId, result.groups);
    await tx.insert(surveyResultReleases).values({
      id: releaseId,
      municipalityId: row.municipalityId,
      surveyId: row.id,
      audienceKey: key,
      questions: result.questions,
      releasedAt: now,
    });
    await recordAudit(
      tx,
      {
        action: 'survey.results_released',
        municipalityId: row.municipalityId,
        actor,
        target: { type: 'survey', id: row.id },
        detail: { audience: key, k },
      },
      now,
    );
    return { ...base, state: 'shown', releasedAt: now.toISOString(), questions: result.questions };
  });
}
