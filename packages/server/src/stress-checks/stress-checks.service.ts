import {
  questionnaireProblems,
  scoreQuestionnaire,
  type QuestionnaireProblem,
  type TMyStressCheck,
  type TOpenStressCheck,
  type TSaveStressCheckAnswers,
  type TStressCheckGroupAnalysis,
  type TStressCheckPeriod,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, authorizeOrNotFound, can } from '../policy/policy.ts';
import { AppError } from '../platform/errors.ts';
import { openField, sealField } from '../platform/crypto/sealed-field.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { minimumGroupSizeOf } from '../insights/statistics-audience.ts';
import { surveyStatusOn } from '../surveys/survey-dates.ts';
import { planGroupAnalysis } from './group-analysis.ts';
import {
  findOwnStressCheckAnswers,
  findStressCheckPeriod,
  insertStressCheckPeriod,
  listScoredAnswersOf,
  listStressCheckPeriodsOf,
  markInterviewRequested,
  upsertOwnStressCheckAnswers,
  type StressCheckAnswersRow,
  type StressCheckPeriodRow,
} from './stress-checks.repository.ts';

/** The stress-check group rule: never below 10, whatever lower k a city uses elsewhere. */
export const stressCheckMinimumGroupSize = 10;

export const stressCheckAnswersContext = (periodId: string, userId: string) =>
  `stress_check_answers.answers:${periodId}:${userId}`;

const departmentsOf = (row: StressCheckPeriodRow) => row.departments as string[];

function presentPeriod(
  row: StressCheckPeriodRow,
  now: Date,
  mine: StressCheckAnswersRow | null | undefined,
): TStressCheckPeriod {
  return {
    id: row.id,
    organizationId: row.organizationId,
    title: row.title,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    departments: departmentsOf(row),
    status: surveyStatusOn(row, now),
    minimumGroupSize: row.minimumGroupSize,
    mine:
      mine === undefined
        ? null
        : { answeredItems: mine?.answeredItems ?? 0, completed: mine?.completedAt != null },
  };
}

function presentMine(
  ctx: AppContext,
  period: StressCheckPeriodRow,
  row: StressCheckAnswersRow | null,
): TMyStressCheck {
  const answers =
    row === null
      ? {}
      : (JSON.parse(
          openField(
            ctx.keyring,
            row.answersSealed,
            stressCheckAnswersContext(row.periodId, row.userId),
          ),
        ) as Record<string, number>);
  const result =
    row?.completedAt == null
      ? null
      : {
          parts: { A: row.scoreA!, B: row.scoreB!, C: row.scoreC! },
          highStress: row.highStress!,
          drivers: scoreQuestionnaire('stress_check', answers).drivers,
          completedAt: row.completedAt.toISOString(),
          interviewRequestedAt: row.interviewRequestedAt?.toISOString() ?? null,
        };
  return {
    period: presentPeriod(period, ctx.now(), row),
    department: row?.department ?? null,
    answers,
    result,
  };
}

export async function openStressCheck(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: TOpenStressCheck },
): Promise<TStressCheckPeriod> {
  const scope = { municipalityId: actor.municipalityId, organizationId: actor.organizationId };
  authorize(actor, 'stressCheck.manage', scope);
  const municipalityId = actor.municipalityId as string;
  const k = Math.max(stressCheckMinimumGroupSize, await minimumGroupSizeOf(ctx.db, municipalityId));
  const row = await ctx.db.transaction(async (tx) => {
    const created = await insertStressCheckPeriod(tx, municipalityId, {
      organizationId: actor.organizationId as string,
      title: input.title,
      opensOn: input.opensOn,
      closesOn: input.closesOn,
      departments: input.departments,
      minimumGroupSize: k,
      createdBy: actor.userId,
      createdAt: ctx.now(),
    });
    await recordAudit(
      tx,
      {
        action: 'stress_check.opened',
        municipalityId,
        actor,
        target: { type: 'stress_check_period', id: created.id },
        detail: { departments: input.departments.length, k },
      },
      ctx.now(),
    );
    return created;
  });
  return presentPeriod(row, ctx.now(), undefined);
}

/** The organisation's periods; a worker sees their own progress in each. */
export async function listStressChecks(
  ctx: AppContext,
  { actor }: { actor: Actor },
): Promise<TStressCheckPeriod[]> {
  const scope = { municipalityId: actor.municipalityId, organizationId: actor.organizationId };
  if (!can(actor, 'stressCheck.read', scope)) return [];
  const municipalityId = actor.municipalityId as string;
  const rows = await listStressCheckPeriodsOf(
    ctx.db,
    municipalityId,
    actor.organizationId as string,
  );
  const now = ctx.now();
  return Promise.all(
    rows.map(async (row) =>
      presentPeriod(
        row,
        now,
        actor.role === 'worker'
          ? await findOwnStressCheckAnswers(ctx.db, municipalityId, row.id, actor.userId)
          : undefined,
      ),
    ),
  );
}

/** A period the actor may answer; another organisation's or tenant's is not found. */
async function loadPeriodToAnswer(ctx: AppContext, actor: Actor, periodId: string) {
  if (!actor.municipalityId) throw new AppError('NOT_FOUND');
  const period = await findStressCheckPeriod(ctx.db, actor.municipalityId, periodId);
  if (!period) throw new AppError('NOT_FOUND');
  authorizeOrNotFound(actor, 'stressCheck.answer', {
    municipalityId: period.municipalityId,
    organizationId: period.organizationId,
    ownerId: actor.userId,
  });
  return period;
}

async function loadOwnAnswers(ctx: AppContext, actor: Actor, period: StressCheckPeriodRow) {
  const row = await findOwnStressCheckAnswers(
    ctx.db,
    period.municipalityId,
    period.id,
    actor.userId,
  );
  if (row) {
    authorizeOrNotFound(actor, 'stressCheck.ownResult', {
      municipalityId: row.municipalityId,
      ownerId: row.userId,
    });
  }
  return row;
}

export async function getMyStressCheck(
  ctx: AppContext,
  { actor, periodId }: { actor: Actor; periodId: string },
): Promise<TMyStressCheck> {
  const period = await loadPeriodToAnswer(ctx, actor, periodId);
  return presentMine(ctx, period, await loadOwnAnswers(ctx, actor, period));
}

const issuesOf = (problems: readonly QuestionnaireProblem[]) =>
  problems.map((p) => ({
    path: `answers.${p.item}`,
    message:
      p.problem === 'missing'
        ? '未回答です'
        : p.problem === 'unknownItem'
          ? 'この質問はありません'
          : '選択肢の中から選んでください',
  }));

/**
 * Saves a worker's answers so far (they resume later), or submits them: then every one of
 * the 57 items must be answered 1–4, and the result is scored by the ministry's 合計点数法.
 * Bad answers are refused with every item named, and nothing is written. A submitted
 * check is final. No audit entry: it would only tell when this person answered.
 */
export async function saveMyStressCheck(
  ctx: AppContext,
  { actor, periodId, input }: { actor: Actor; periodId: string; input: TSaveStressCheckAnswers },
): Promise<TMyStressCheck> {
  const period = await loadPeriodToAnswer(ctx, actor, periodId);
  if (surveyStatusOn(period, ctx.now()) !== 'open') throw new AppError('STRESS_CHECK_NOT_OPEN');
  const problems = questionnaireProblems('stress_check', input.answers, {
    partial: !input.complete,
  });
  if (problems.length > 0) {
    throw new AppError('QUESTIONNAIRE_ANSWERS_INVALID', { issues: issuesOf(problems) });
  }
  if (input.department !== null && !departmentsOf(period).includes(input.department)) {
    throw new AppError('VALIDATION_FAILED', {
      issues: [{ path: 'department', message: '部署を一覧から選んでください' }],
    });
  }
  const existing = await loadOwnAnswers(ctx, actor, period);
  if (existing?.completedAt) throw new AppError('STRESS_CHECK_ALREADY_SUBMITTED');
  const score = input.complete ? scoreQuestionnaire('stress_check', input.answers) : null;
  const row = await ctx.db.transaction((tx) =>
    upsertOwnStressCheckAnswers(tx, period.municipalityId, {
      periodId: period.id,
      userId: actor.userId,
      department: input.department,
      answersSealed: sealField(
        ctx.keyring,
        JSON.stringify(input.answers),
        stressCheckAnswersContext(period.id, actor.userId),
      ),
      answeredItems: Object.keys(input.answers).length,
      scoreA: score?.parts?.A ?? null,
      scoreB: score?.parts?.B ?? null,
      scoreC: score?.parts?.C ?? null,
      highStress: score ? score.band === 'high_stress' : null,
      completedAt: score ? ctx.now() : null,
      updatedAt: ctx.now(),
    }),
  );
  return presentMine(ctx, period, row);
}

/**
 * The worker asks for the 医師による面接指導 (an interview with a doctor) after their result.
 * Recorded with the time; the audit entry names the period, never the result.
 */
export async function requestStressCheckInterview(
  ctx: AppContext,
  { actor, periodId }: { actor: Actor; periodId: string },
): Promise<TMyStressCheck> {
  const period = await loadPeriodToAnswer(ctx, actor, periodId);
  const existing = await loadOwnAnswers(ctx, actor, period);
  if (!existing?.completedAt) throw new AppError('STRESS_CHECK_NOT_SUBMITTED');
  if (existing.interviewRequestedAt) return presentMine(ctx, period, existing);
  const row = await ctx.db.transaction(async (tx) => {
    const updated = await markInterviewRequested(tx, period.municipalityId, existing.id, ctx.now());
    await recordAudit(
      tx,
      {
        action: 'stress_check.interview_requested',
        municipalityId: period.municipalityId,
        actor,
        target: { type: 'stress_check_period', id: period.id },
      },
      ctx.now(),
    );
    return updated;
  });
  return presentMine(ctx, period, row);
}

/**
 * The 集団分析 of a period for the organisation's admin or city staff: read only once the
 * period is over (its answers no longer change, so two views cannot be subtracted), under
 * k = the larger of 10, the k promised when the period opened and the city's k today.
 */
export async function getStressCheckGroupAnalysis(
  ctx: AppContext,
  { actor, periodId }: { actor: Actor; periodId: string },
): Promise<TStressCheckGroupAnalysis> {
  if (!actor.municipalityId) throw new AppError('NOT_FOUND');
  const period = await findStressCheckPeriod(ctx.db, actor.municipalityId, periodId);
  if (!period) throw new AppError('NOT_FOUND');
  authorizeOrNotFound(actor, 'stressCheck.groupAnalysis', {
    municipalityId: period.municipalityId,
    organizationId: period.organizationId,
  });
  const k = Math.max(
    stressCheckMinimumGroupSize,
    period.minimumGroupSize,
    await minimumGroupSizeOf(ctx.db, period.municipalityId),
  );
  const base = { periodId: period.id, minimumGroupSize: k };
  if (surveyStatusOn(period, ctx.now()) !== 'closed') {
    return { ...base, state: 'beforeClose', groups: [] };
  }
  const answers = await listScoredAnswersOf(ctx.db, period.municipalityId, period.id);
  const plan = planGroupAnalysis(answers, departmentsOf(period), k);
  await recordAudit(
    ctx.db,
    {
      action: 'stress_check.group_analysis_viewed',
      municipalityId: period.municipalityId,
      actor,
      target: { type: 'stress_check_period', id: period.id },
      detail: { state: plan.state },
    },
    ctx.now(),
  );
  return plan.state === 'tooFew'
    ? { ...base, state: 'tooFew', groups: [] }
    : { ...base, state: 'released', groups: plan.groups };
}
