import { z } from 'zod';
import { consultationTopics } from '../domain/consultation.ts';
import { isSingleLineText, noControlCharacters, ZId, ZIsoDateTime } from './common.ts';
import { ZSurveyQuestionResult } from './surveys.ts';

export const reportKinds = ['policy', 'workplace'] as const;
/** draft → submitted → approved (by a supervisor who is not the author) → published. */
export const reportStatuses = ['draft', 'submitted', 'approved', 'published'] as const;

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

export const ZReport = z.object({
  id: ZId,
  kind: z.enum(reportKinds),
  organizationId: ZId.nullable(),
  organizationName: z.string().nullable(),
  title: z.string(),
  status: z.enum(reportStatuses),
  content: ZReportContent,
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
    title: z.string().trim().min(1).max(120).refine(isSingleLineText, noControlCharacters),
  })
  .refine((r) => (r.kind === 'workplace') === Boolean(r.organizationId), {
    message: 'a workplace report names its employer; a policy report names none',
    path: ['organizationId'],
  });
export type TCreateReport = z.infer<typeof ZCreateReport>;

/** The PDF as base64 inside JSON, so the one contract and client serve it too. */
export const ZReportPdf = z.object({ fileName: z.string(), contentBase64: z.string() });
