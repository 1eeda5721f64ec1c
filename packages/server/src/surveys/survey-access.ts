import type { TSurveyQuestion } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { authorizeOrNotFound, type ResourceScope } from '../policy/policy.ts';
import { AppError } from '../platform/errors.ts';
import type { SurveyRow } from './survey-results.repository.ts';
import { findSurvey } from './surveys.repository.ts';

export const targetsOf = (row: SurveyRow) => row.targetOrganizationIds as string[];
export const questionsOf = (row: SurveyRow) => row.questions as TSurveyQuestion[];

/** The survey seen from the actor: their organisation counts only if the survey targets it. */
export function scopeFor(actor: Actor, row: SurveyRow): ResourceScope {
  const own = actor.organizationId;
  return {
    municipalityId: row.municipalityId,
    organizationId: own !== null && targetsOf(row).includes(own) ? own : null,
  };
}

/** A survey of the actor's municipality they may read; another's is simply not found. */
export async function loadSurveyFor(ctx: AppContext, actor: Actor, surveyId: string) {
  if (!actor.municipalityId) throw new AppError('NOT_FOUND');
  const row = await findSurvey(ctx.db, actor.municipalityId, surveyId);
  if (!row) throw new AppError('NOT_FOUND');
  authorizeOrNotFound(actor, 'survey.read', scopeFor(actor, row));
  return row;
}
