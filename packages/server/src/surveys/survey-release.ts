import type { TSurveyQuestion, TSurveyQuestionResult } from '@yorisoi/shared';
import {
  auditReleaseHistory,
  smallNewAtoms,
  type AuditedQuestion,
  type AuditedRelease,
  type CategoryOf,
} from '../insights/disclosure/history-audit.ts';
import type { MembershipIndex } from '../insights/disclosure/membership-bits.ts';
import { protectSurveyResults, type AnonymousResponse } from './survey-results.ts';

/** An earlier release of the same survey to the same audience. */
export interface EarlierSurveyRelease {
  release: AuditedRelease;
  textsShown: boolean;
}

export type SurveyReleasePlan =
  | { state: 'tooFew' }
  /** Together with what the audience saw, any view would narrow down a small group. */
  | { state: 'refused' }
  | {
      state: 'released';
      questions: TSurveyQuestionResult[];
      /** What the history keeps of it. */
      release: AuditedRelease;
      textsShown: boolean;
    };

/** Each question's family: the same question in every release of the survey. */
export const questionFamily = (surveyId: string, question: TSurveyQuestion, index: number) =>
  `${surveyId}:${question.kind === 'likert' ? 'q' : 't'}${index}`;

/** A respondent's category per family: their 1–5 answer, or whether they wrote text. */
export function categoriesOf(
  surveyId: string,
  questions: readonly TSurveyQuestion[],
  responses: readonly AnonymousResponse[],
): CategoryOf {
  const byFamily = new Map<string, Map<string, number>>();
  questions.forEach((question, index) => {
    const categories = new Map<string, number>();
    for (const response of responses) {
      const answer = response.answers.get(index);
      if (!answer) continue;
      if ('likert' in answer) categories.set(response.id, answer.likert - 1);
      else if (answer.text.trim() !== '') categories.set(response.id, 0);
    }
    byFamily.set(questionFamily(surveyId, question, index), categories);
  });
  return (family, person) => byFamily.get(family)?.get(person) ?? null;
}

/** What a view publishes, as the history auditor reads it. */
function auditedQuestions(
  surveyId: string,
  questions: readonly TSurveyQuestion[],
  results: readonly TSurveyQuestionResult[],
): AuditedQuestion[] {
  return results.map((result, index) => {
    const family = questionFamily(surveyId, questions[index]!, index);
    return result.kind === 'likert'
      ? { family, published: result.counts, coverage: 'one' }
      : {
          family,
          published: [result.withheld ? null : result.answers.length],
          coverage: 'atMostOne',
        };
  });
}

/** Each round hides at least one more cell; a survey has few. */
const maxRounds = 12;

/**
 * The view of a survey an audience may get now, judged with everything it received of
 * this survey before (disclosure/history-audit.ts): each 1–5 question protected on its
 * own, then, while the audience could combine it with earlier views into a small group's
 * answers, the cells that tell them hidden as well (with their complements); refused when
 * hiding cannot help (a small group's very number would be told). Free text is shown only
 * with at least k texts and when no group of fewer than k respondents is set apart by
 * comparing it with an earlier list, since a list of texts can be compared text by text.
 */
export function planSurveyRelease({
  surveyId,
  title,
  questions,
  responses,
  allResponses,
  k,
  history,
  releaseId,
  index,
}: {
  surveyId: string;
  title: string;
  questions: readonly TSurveyQuestion[];
  /** The respondents this view counts (the audience's scope). */
  responses: readonly AnonymousResponse[];
  /** Every response of the survey: earlier views may have counted others. */
  allResponses: readonly AnonymousResponse[];
  /** The larger of the k the survey promised and the municipality's k now. */
  k: number;
  history: readonly EarlierSurveyRelease[];
  releaseId: string;
  index: MembershipIndex;
}): SurveyReleasePlan {
  const categoryOf = categoriesOf(surveyId, questions, allResponses);
  const population = new Set(responses.map((r) => r.id));
  const earlier = history.map((h) => h.release);
  const textHistory = history.filter((h) => h.textsShown).map((h) => h.release);
  const bare: AuditedRelease = {
    id: releaseId,
    k,
    population,
    total: population.size,
    questions: [],
  };
  let showTexts = smallNewAtoms({ candidate: bare, history: textHistory, index }) === 0;
  const hide = new Map<number, Set<number>>();
  for (let round = 0; round <= maxRounds; round++) {
    const result = protectSurveyResults(questions, responses, k, title, { hide, showTexts });
    if (result.state === 'tooFew') return { state: 'tooFew' };
    const release: AuditedRelease = {
      ...bare,
      questions: auditedQuestions(surveyId, questions, result.questions),
    };
    const { exposed } = auditReleaseHistory({
      candidate: release,
      history: earlier,
      categoryOf,
      index,
    });
    if (exposed.length === 0) {
      const textsShown = result.questions.some((q) => q.kind === 'text' && !q.withheld);
      return { state: 'released', questions: result.questions, release, textsShown };
    }
    if (exposed.some((group) => group.kind === 'atom')) return { state: 'refused' };
    let hidMore = false;
    for (const group of exposed) {
      if (group.kind !== 'answer') continue;
      const question = questions.findIndex(
        (q, i) => questionFamily(surveyId, q, i) === group.family,
      );
      if (questions[question]?.kind === 'text') {
        hidMore ||= showTexts;
        showTexts = false;
        continue;
      }
      const hidden = hide.get(question) ?? new Set<number>();
      if (!hidden.has(group.category)) {
        hidden.add(group.category);
        hide.set(question, hidden);
        hidMore = true;
      }
    }
    if (!hidMore) return { state: 'refused' };
  }
  return { state: 'refused' };
}
