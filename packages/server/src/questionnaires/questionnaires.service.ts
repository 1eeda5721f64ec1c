import crypto from 'node:crypto';
import {
  questionnaireProblems,
  scoreQuestionnaire,
  type RiskCategory,
  type TAnswerQuestionnaire,
  type TQuestionnaireResponse,
  type TRecordTranslationPermission,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/policy.ts';
import { AppError } from '../platform/errors.ts';
import { sealField } from '../platform/crypto/sealed-field.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { consultationScope, loadConsultationFor } from '../consultations/consultation-access.ts';
import { raiseRiskFlag } from '../consultations/risk-flags.ts';
import {
  answerSentQuestionnaire,
  currentMessageSeq,
  findTranslationPermission,
  insertQuestionnaireResponse,
  listQuestionnaireResponses,
  listTranslationPermissionsOf,
  upsertTranslationPermission,
  type QuestionnaireResponseRow,
  type TranslationPermissionRow,
} from './questionnaires.repository.ts';

const answersContext = (id: string) => `questionnaire_responses.answers:${id}`;

export function presentQuestionnaireResponse(
  row: QuestionnaireResponseRow,
): TQuestionnaireResponse {
  return {
    id: row.id,
    kind: row.kind as TQuestionnaireResponse['kind'],
    language: row.language,
    requestedAt: row.requestedAt?.toISOString() ?? null,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    total: row.total,
    band: row.band,
    level: row.level as TQuestionnaireResponse['level'],
    drivers: (row.drivers ?? []).filter((d) => !d.startsWith('!')),
    flaggedItems: (row.drivers ?? []).filter((d) => d.startsWith('!')).map((d) => d.slice(1)),
  };
}

/** Questionnaires of a consultation, for its parties (the person, the care team). */
export async function listConsultationQuestionnaires(
  ctx: AppContext,
  { actor, consultationId }: { actor: Actor; consultationId: string },
) {
  const row = await loadConsultationFor(ctx, actor, consultationId, 'consultation.read');
  const rows = await listQuestionnaireResponses(ctx.db, row.municipalityId, row.id);
  return rows.map(presentQuestionnaireResponse);
}

/** The care team sends the person a questionnaire to answer in the consultation. */
export async function sendQuestionnaire(
  ctx: AppContext,
  {
    actor,
    consultationId,
    kind,
  }: { actor: Actor; consultationId: string; kind: TAnswerQuestionnaire['kind'] },
) {
  const consultation = await loadConsultationFor(
    ctx,
    actor,
    consultationId,
    'consultation.careTeam',
  );
  if (consultation.status === 'closed') throw new AppError('CONSULTATION_CLOSED');
  const row = await ctx.db.transaction(async (tx) => {
    const created = await insertQuestionnaireResponse(tx, consultation.municipalityId, {
      consultationId: consultation.id,
      kind,
      requestedBy: actor.userId,
      requestedAt: ctx.now(),
      createdAt: ctx.now(),
    });
    await recordAudit(
      tx,
      {
        action: 'questionnaire.sent',
        municipalityId: consultation.municipalityId,
        actor,
        target: { type: 'consultation', id: consultation.id },
        detail: { kind },
      },
      ctx.now(),
    );
    return created;
  });
  return presentQuestionnaireResponse(row);
}

/**
 * The person answers a questionnaire in their consultation (one the care team sent, or one
 * they take on their own). Every item is checked against the instrument before anything is
 * stored; the Japanese PHQ-9/GAD-7 only once the municipality recorded the translator's
 * permission. A score the care team must act on raises a risk flag exactly as a risk
 * phrase does: 'high' puts the consultation at the top of the queue and alerts the
 * supervisors on shift.
 */
export async function answerQuestionnaire(
  ctx: AppContext,
  {
    actor,
    consultationId,
    input,
  }: { actor: Actor; consultationId: string; input: TAnswerQuestionnaire },
) {
  const consultation = await loadConsultationFor(ctx, actor, consultationId, 'consultation.read');
  authorize(actor, 'questionnaire.answer', consultationScope(consultation));
  if (consultation.status === 'closed') throw new AppError('CONSULTATION_CLOSED');
  const problems = questionnaireProblems(input.kind, input.answers);
  if (problems.length > 0) {
    throw new AppError('QUESTIONNAIRE_ANSWERS_INVALID', {
      issues: problems.map((p) => ({ path: `answers.${p.item}`, message: p.problem })),
    });
  }
  const municipalityId = consultation.municipalityId;
  if (
    input.language === 'ja' &&
    (input.kind === 'phq9' || input.kind === 'gad7') &&
    !(await findTranslationPermission(ctx.db, municipalityId, input.kind, 'ja'))
  ) {
    throw new AppError('QUESTIONNAIRE_TRANSLATION_NOT_PERMITTED');
  }
  const score = scoreQuestionnaire(input.kind, input.answers);
  const flaggedItems = score.selfHarmItem ? ['9'] : [];
  const now = ctx.now();
  const row = await ctx.db.transaction(async (tx) => {
    const values = {
      language: input.language,
      total: score.total,
      band: score.band,
      level: score.level,
      // Items flagged on their own are kept with a '!' in front of their id.
      drivers: [...score.drivers, ...flaggedItems.map((i) => `!${i}`)],
      answeredAt: now,
    };
    const id = input.requestId ?? crypto.randomUUID();
    const answersSealed = sealField(ctx.keyring, JSON.stringify(input.answers), answersContext(id));
    const stored =
      input.requestId === null
        ? await insertQuestionnaireResponse(tx, municipalityId, {
            id,
            consultationId: consultation.id,
            kind: input.kind,
            createdAt: now,
            answersSealed,
            ...values,
          })
        : await answerSentQuestionnaire(tx, municipalityId, {
            id,
            consultationId: consultation.id,
            kind: input.kind,
            answersSealed,
            ...values,
          });
    if (!stored) throw new AppError('QUESTIONNAIRE_REQUEST_MISMATCH');
    if (score.level !== 'none') {
      const categories: RiskCategory[] = score.selfHarmItem
        ? ['self_harm', 'distress']
        : ['distress'];
      await raiseRiskFlag(tx, {
        municipalityId,
        consultationId: consultation.id,
        seq: await currentMessageSeq(tx, municipalityId, consultation.id),
        level: score.level,
        categories,
        now,
        source: 'questionnaire',
      });
    }
    return stored;
  });
  if (score.level === 'high') ctx.outbox.wake();
  return presentQuestionnaireResponse(row);
}

function presentPermission(row: TranslationPermissionRow) {
  return {
    kind: row.kind as TRecordTranslationPermission['kind'],
    language: row.language as 'ja',
    grantedBy: row.grantedBy,
    grantedOn: row.grantedOn,
    reference: row.reference,
    recordedAt: row.recordedAt.toISOString(),
  };
}

export async function listTranslationPermissions(ctx: AppContext, { actor }: { actor: Actor }) {
  authorize(actor, 'questionnaire.permission', { municipalityId: actor.municipalityId });
  const rows = await listTranslationPermissionsOf(ctx.db, actor.municipalityId as string);
  return rows.map(presentPermission);
}

/** City staff record the translator's written permission: who, when, reference. Audited. */
export async function recordTranslationPermission(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: TRecordTranslationPermission },
) {
  authorize(actor, 'questionnaire.permission', { municipalityId: actor.municipalityId });
  const municipalityId = actor.municipalityId as string;
  const row = await ctx.db.transaction(async (tx) => {
    const saved = await upsertTranslationPermission(tx, municipalityId, {
      ...input,
      recordedBy: actor.userId,
      recordedAt: ctx.now(),
    });
    await recordAudit(
      tx,
      {
        action: 'questionnaire.translation_permitted',
        municipalityId,
        actor,
        target: { type: 'municipality', id: municipalityId },
        detail: { kind: input.kind, language: input.language, reference: input.reference },
      },
      ctx.now(),
    );
    return saved;
  });
  return presentPermission(row);
}
