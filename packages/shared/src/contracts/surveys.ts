import { z } from 'zod';
import {
  isMultiLineText,
  isSingleLineText,
  noControlCharacters,
  ZId,
  ZIsoDateTime,
} from './common.ts';

const ZLine = (max: number) =>
  z.string().trim().min(1).max(max).refine(isSingleLineText, noControlCharacters);

/** A calendar day in Japan (JST): a survey opens at 0:00 of its first day and closes after its last. */
export const ZJstDate = z.iso.date();

/** A 1–5 agreement scale; the five labels are shown to the respondent from 1 to 5. */
export const ZLikertQuestion = z.object({
  kind: z.literal('likert'),
  prompt: ZLine(200),
  labels: z.array(ZLine(30)).length(5),
});
export const ZTextQuestion = z.object({ kind: z.literal('text'), prompt: ZLine(200) });
export const ZSurveyQuestion = z.discriminatedUnion('kind', [ZLikertQuestion, ZTextQuestion]);
export type TSurveyQuestion = z.infer<typeof ZSurveyQuestion>;

export const ZCreateSurvey = z
  .object({
    title: ZLine(120),
    description: z
      .string()
      .trim()
      .max(1000)
      .refine(isMultiLineText, noControlCharacters)
      .nullable()
      .optional(),
    questions: z.array(ZSurveyQuestion).min(1).max(30),
    targetOrganizationIds: z.array(ZId).min(1).max(200),
    opensOn: ZJstDate,
    closesOn: ZJstDate,
  })
  .refine((s) => s.closesOn >= s.opensOn, {
    message: 'closesOn must not be before opensOn',
    path: ['closesOn'],
  })
  .refine((s) => s.questions.some((q) => q.kind === 'likert'), {
    message: 'a survey needs at least one 1–5 question',
    path: ['questions'],
  });
export type TCreateSurvey = z.infer<typeof ZCreateSurvey>;

export const surveyStatuses = ['scheduled', 'open', 'closed'] as const;
export const ZSurvey = z.object({
  id: ZId,
  title: z.string(),
  description: z.string().nullable(),
  questions: z.array(ZSurveyQuestion),
  targetOrganizationIds: z.array(ZId),
  opensOn: ZJstDate,
  closesOn: ZJstDate,
  status: z.enum(surveyStatuses),
  minimumGroupSize: z.number().int(),
  /** Workers only: whether they have answered. Never tells staff who answered. */
  answered: z.boolean().nullable(),
  createdAt: ZIsoDateTime,
});
export type TSurvey = z.infer<typeof ZSurvey>;
export const ZSurveyList = z.object({ items: z.array(ZSurvey) });

/** One answer per question, in the survey's order; Likert answers are required, text is optional. */
export const ZSurveyAnswer = z.union([
  z.object({ likert: z.number().int().min(1).max(5) }),
  z.object({
    text: z.string().trim().max(2000).refine(isMultiLineText, noControlCharacters).nullable(),
  }),
]);
export const ZAnswerSurvey = z.object({ answers: z.array(ZSurveyAnswer).min(1).max(30) });
export type TAnswerSurvey = z.infer<typeof ZAnswerSurvey>;

/** A hidden count is null; the reason is never told per cell (「回答者が10人未満」 is said once). */
export const ZSurveyQuestionResult = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('likert'),
    prompt: z.string(),
    labels: z.array(z.string()),
    counts: z.array(z.number().int().nullable()),
    total: z.number().int().nullable(),
  }),
  z.object({
    kind: z.literal('text'),
    prompt: z.string(),
    /** De-identified, in an order unrelated to when or by whom they were given. */
    answers: z.array(z.string()),
    /**
     * Texts held back: fewer than k of them, or so few new respondents since a list this
     * audience saw that comparing the two would tell whose texts are new.
     */
    withheld: z.boolean(),
  }),
]);
export type TSurveyQuestionResult = z.infer<typeof ZSurveyQuestionResult>;

/**
 * - shown: this view was released now;
 * - previous: the respondents changed by fewer than k since the audience's last view, so the
 *   last released view is shown again;
 * - tooFew: fewer than k respondents in the audience's scope: nothing is shown.
 */
export const surveyResultStates = ['shown', 'previous', 'tooFew'] as const;
export const ZSurveyResults = z.object({
  surveyId: ZId,
  title: z.string(),
  state: z.enum(surveyResultStates),
  minimumGroupSize: z.number().int(),
  scope: z.enum(['municipality', 'organization']),
  releasedAt: ZIsoDateTime.nullable(),
  questions: z.array(ZSurveyQuestionResult),
});
export type TSurveyResults = z.infer<typeof ZSurveyResults>;
