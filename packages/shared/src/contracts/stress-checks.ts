import { z } from 'zod';
import { isSingleLineText, noControlCharacters, ZId, ZIsoDateTime } from './common.ts';
import { ZJstDate } from './surveys.ts';

const ZLine = (max: number) =>
  z.string().trim().min(1).max(max).refine(isSingleLineText, noControlCharacters);

export const ZOpenStressCheck = z
  .object({
    title: ZLine(120),
    opensOn: ZJstDate,
    closesOn: ZJstDate,
    /** The departments workers pick from (may be empty: the organisation as one group). */
    departments: z.array(ZLine(60)).max(30),
  })
  .refine((s) => s.closesOn >= s.opensOn, {
    message: 'closesOn must not be before opensOn',
    path: ['closesOn'],
  })
  .refine((s) => new Set(s.departments).size === s.departments.length, {
    message: 'departments must be different',
    path: ['departments'],
  });
export type TOpenStressCheck = z.infer<typeof ZOpenStressCheck>;

export const stressCheckStatuses = ['scheduled', 'open', 'closed'] as const;
export const ZStressCheckPeriod = z.object({
  id: ZId,
  organizationId: ZId,
  title: z.string(),
  opensOn: ZJstDate,
  closesOn: ZJstDate,
  departments: z.array(z.string()),
  status: z.enum(stressCheckStatuses),
  minimumGroupSize: z.number().int(),
  /** The worker's own progress (null for anyone else): items answered of 57, done or not. */
  mine: z.object({ answeredItems: z.number().int(), completed: z.boolean() }).nullable(),
});
export type TStressCheckPeriod = z.infer<typeof ZStressCheckPeriod>;
export const ZStressCheckPeriodList = z.object({ items: z.array(ZStressCheckPeriod) });

/** Answers by item id ('A1' … 'D2'), each 1–4; the server checks every id and value. */
export const ZStressCheckAnswerMap = z.record(z.string().max(4), z.number());

export const ZSaveStressCheckAnswers = z.object({
  department: z.string().max(60).nullable(),
  answers: ZStressCheckAnswerMap,
  /** Submit for scoring: every item must then be answered. */
  complete: z.boolean(),
});
export type TSaveStressCheckAnswers = z.infer<typeof ZSaveStressCheckAnswers>;

/** The worker's own result (合計点数法), with the items that drove it. */
export const ZStressCheckResult = z.object({
  parts: z.object({ A: z.number().int(), B: z.number().int(), C: z.number().int() }),
  highStress: z.boolean(),
  drivers: z.array(z.string()),
  completedAt: ZIsoDateTime,
  interviewRequestedAt: ZIsoDateTime.nullable(),
});
export type TStressCheckResult = z.infer<typeof ZStressCheckResult>;

export const ZMyStressCheck = z.object({
  period: ZStressCheckPeriod,
  department: z.string().nullable(),
  answers: ZStressCheckAnswerMap,
  result: ZStressCheckResult.nullable(),
});
export type TMyStressCheck = z.infer<typeof ZMyStressCheck>;

/**
 * One group of the 集団分析: its respondents and the means of the part totals, or
 * `withheld` (no numbers at all) when it is below k or would let a smaller group be derived.
 */
export const ZStressCheckGroup = z.discriminatedUnion('withheld', [
  z.object({
    withheld: z.literal(false),
    label: z.string().nullable(),
    respondents: z.number().int(),
    meanA: z.number(),
    meanB: z.number(),
    meanC: z.number(),
  }),
  z.object({ withheld: z.literal(true), label: z.string().nullable() }),
]);
export type TStressCheckGroup = z.infer<typeof ZStressCheckGroup>;

export const ZStressCheckGroupAnalysis = z.object({
  periodId: ZId,
  minimumGroupSize: z.number().int(),
  /** 'beforeClose': read once the period is over; 'tooFew': the whole organisation is below k. */
  state: z.enum(['beforeClose', 'tooFew', 'released']),
  /** The organisation as a whole (label null), then each department. */
  groups: z.array(ZStressCheckGroup),
});
export type TStressCheckGroupAnalysis = z.infer<typeof ZStressCheckGroupAnalysis>;
