import { z } from 'zod';
import { consultationTopics } from '../domain/consultation.ts';
import { nationalFigureIds } from '../domain/national-figures.ts';
import { roles } from '../domain/roles.ts';
import {
  isMultiLineText,
  isSingleLineText,
  noControlCharacters,
  ZId,
  ZIsoDateTime,
} from './common.ts';
import { ZSurveyQuestionResult } from './surveys.ts';

export const reportKinds = ['policy', 'workplace'] as const;
/**
 * draft → submitted → approved (by a supervisor who is not the author) → published; a
 * submitted draft may be returned with a comment instead, and is then edited and submitted
 * again. Editing an approved draft makes a new revision, which needs approval again.
 */
export const reportStatuses = ['draft', 'submitted', 'returned', 'approved', 'published'] as const;

/** A count table as released: null is a hidden cell; nothing about any one person. */
export const ZReportTable = z.object({
  label: z.string(),
  rows: z.array(z.string()),
  counts: z.array(z.number().int().nullable()),
  total: z.number().int().nullable(),
});

export const ZReportContent = z.object({
  minimumGroupSize: z.number().int(),
  /** Consultations by topic over the period (protected statistics); null when none could be released. */
  topics: ZReportTable.nullable(),
  period: z.object({ from: z.string(), to: z.string() }),
  surveys: z.array(z.object({ title: z.string(), questions: z.array(ZSurveyQuestionResult) })),
  recommendations: z.array(
    z.object({
      topic: z.enum(consultationTopics),
      title: z.string(),
      summary: z.string(),
      sourceNote: z.string(),
    }),
  ),
});
export type TReportContent = z.infer<typeof ZReportContent>;

const ZReportTitle = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .refine(isSingleLineText, noControlCharacters);
const multiLine = (max: number) =>
  z.string().trim().max(max).refine(isMultiLineText, noControlCharacters);

/** Which released table of the report a finding cites: the topic table or one survey question. */
export const ZReportTableKey = z.string().regex(/^(topics|survey-\d{1,2}-\d{1,2})$/);

/** The practice a proposal uses, as it read when it was linked (later edits do not change it). */
export const ZReportPracticeRef = z.object({
  id: ZId,
  topic: z.enum(consultationTopics),
  title: z.string(),
  summary: z.string(),
  sourceNote: z.string(),
});

/**
 * What the city writes around the protected figures. The figures themselves are never typed
 * in: a finding can only cite a released table of the report by its key.
 */
export const ZReportDraft = z.object({
  summary: z.string(),
  findings: z.array(z.object({ text: z.string(), table: ZReportTableKey.nullable() })),
  proposals: z.array(z.object({ text: z.string(), practice: ZReportPracticeRef.nullable() })),
  ownText: z.string(),
  nationalFigures: z.array(z.enum(nationalFigureIds)),
});
export type TReportDraft = z.infer<typeof ZReportDraft>;
export type TReportPracticeRef = z.infer<typeof ZReportPracticeRef>;

/** An edit of the draft, made on the revision the editor read (a stale one is refused). */
export const ZUpdateReportDraft = z.object({
  revision: z.number().int().min(1),
  title: ZReportTitle,
  summary: multiLine(2000),
  findings: z
    .array(z.object({ text: multiLine(1000).min(1), table: ZReportTableKey.nullable() }))
    .max(20),
  proposals: z
    .array(
      z
        .object({ text: multiLine(1000), practiceId: ZId.nullable() })
        .refine((p) => p.text !== '' || p.practiceId !== null, {
          message: 'a proposal says something or uses a practice',
          path: ['text'],
        }),
    )
    .max(20),
  ownText: multiLine(4000),
  nationalFigures: z.array(z.enum(nationalFigureIds)).max(nationalFigureIds.length),
});
export type TUpdateReportDraft = z.infer<typeof ZUpdateReportDraft>;

export const reportReviewSteps = [
  'submitted',
  'returned',
  'approved',
  'reopened',
  'published',
] as const;

/** One step of the review, for the history shown on the report: who, when, which revision. */
export const ZReportReview = z.object({
  step: z.enum(reportReviewSteps),
  revision: z.number().int(),
  comment: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRole: z.enum(roles).nullable(),
  at: ZIsoDateTime,
});
export type TReportReview = z.infer<typeof ZReportReview>;

/** Approving names the revision the approver read; returning says why. */
export const ZApproveReport = z.object({
  revision: z.number().int().min(1),
  comment: multiLine(1000).optional(),
});
export const ZReturnReport = z.object({
  revision: z.number().int().min(1),
  comment: multiLine(1000).min(1),
});

export const ZReport = z.object({
  id: ZId,
  kind: z.enum(reportKinds),
  organizationId: ZId.nullable(),
  organizationName: z.string().nullable(),
  /** The publisher: the municipality whose report it is. */
  municipalityName: z.string(),
  title: z.string(),
  status: z.enum(reportStatuses),
  content: ZReportContent,
  draft: ZReportDraft,
  /** Every edit of the draft raises it by one. */
  revision: z.number().int(),
  /** The revision a supervisor approved (null until one is). */
  approvedRevision: z.number().int().nullable(),
  reviews: z.array(ZReportReview),
  createdAt: ZIsoDateTime,
  approvedAt: ZIsoDateTime.nullable(),
  publishedAt: ZIsoDateTime.nullable(),
});
export type TReport = z.infer<typeof ZReport>;
export const ZReportList = z.object({ items: z.array(ZReport) });

export const ZCreateReport = z
  .object({
    kind: z.enum(reportKinds),
    organizationId: ZId.nullable().optional(),
    title: ZReportTitle,
  })
  .refine((r) => (r.kind === 'workplace') === Boolean(r.organizationId), {
    message: 'a workplace report names its employer; a policy report names none',
    path: ['organizationId'],
  });
export type TCreateReport = z.infer<typeof ZCreateReport>;

/** The PDF as base64 inside JSON, so the one contract and client serve it too. */
export const ZReportPdf = z.object({ fileName: z.string(), contentBase64: z.string() });
