import crypto from 'node:crypto';
import type { TSurveyQuestion, TSurveyQuestionResult } from '@yorisoi/shared';
import { protectTable } from '../insights/disclosure/protect-table.ts';
import type { DisclosedGroup } from '../insights/disclosure/protect-table.ts';

/** One anonymous response: a random id (the pseudonym disclosure control counts) and its answers. */
export interface AnonymousResponse {
  id: string;
  answers: ReadonlyMap<number, { likert: number } | { text: string }>;
}

export type ProtectedSurveyResults =
  | { state: 'tooFew' }
  | {
      state: 'publishable';
      questions: TSurveyQuestionResult[];
      /** For the release ledger: the respondents this view is computed over. */
      groups: DisclosedGroup[];
    };

/** Text answers in an order that says nothing about when or by whom they were given. */
function unlinkableOrder(texts: string[]): string[] {
  const key = (t: string) => crypto.createHash('sha256').update(t).digest('hex');
  return [...texts].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * The results an audience may see of a set of responses, under minimum group size k:
 * nothing at all under k respondents; otherwise each 1–5 question as a one-way table through
 * the disclosure engine (cells under k hidden, complementary suppression), and free text
 * (already de-identified at answer time). Every 1–5 question is required, so each table
 * counts the same respondents and the release ledger judges the view by that one group:
 * two views of one audience must have identical respondents or differ by at least k, or
 * the difference of their tables would be the answers of the few in between.
 */
export function protectSurveyResults(
  questions: readonly TSurveyQuestion[],
  responses: readonly AnonymousResponse[],
  k: number,
  label: string,
  {
    hide = new Map(),
    showTexts = true,
  }: {
    /** Per question index, choices (0-based) to hide although publishable (history audit). */
    hide?: ReadonlyMap<number, ReadonlySet<number>>;
    /** False: free text held back (see planSurveyRelease). */
    showTexts?: boolean;
  } = {},
): ProtectedSurveyResults {
  if (responses.length < k) return { state: 'tooFew' };
  const results = questions.map((question, index): TSurveyQuestionResult => {
    if (question.kind === 'text') {
      const texts = responses.flatMap((r) => {
        const answer = r.answers.get(index);
        return answer && 'text' in answer && answer.text.trim() !== '' ? [answer.text] : [];
      });
      // Fewer than k texts would let each be told apart among too few writers.
      const withheld = !showTexts || texts.length < k;
      return {
        kind: 'text',
        prompt: question.prompt,
        answers: withheld ? [] : unlinkableOrder(texts),
        withheld,
      };
    }
    const persons = question.labels.map((_, choice) => [
      responses.flatMap((r) => {
        const answer = r.answers.get(index);
        return answer && 'likert' in answer && answer.likert === choice + 1 ? [r.id] : [];
      }),
    ]);
    const prefix = `${label} Q${index + 1}`;
    const alsoHide = new Set([...(hide.get(index) ?? [])].map((c) => `${prefix}: ${c + 1}`));
    const { table } = protectTable(
      { rows: question.labels.map((_, choice) => String(choice + 1)), persons },
      k,
      { label: prefix, alsoHide },
    );
    return {
      kind: 'likert',
      prompt: question.prompt,
      labels: [...question.labels],
      counts: table.cells.map((row) => row[0] ?? null),
      total: table.total,
    };
  });
  return {
    state: 'publishable',
    questions: results,
    groups: [{ label: `${label}: 回答者`, persons: new Set(responses.map((r) => r.id)) }],
  };
}
