import { z } from 'zod';
import { isSingleLineText, noControlCharacters, ZId, ZIsoDateTime } from './common.ts';
import { ZJstDate } from './surveys.ts';

const ZLine = (max: number) =>
  z.string().trim().min(1).max(max).refine(isSingleLineText, noControlCharacters);

/** The questionnaires taken in a consultation (the stress check has its own periods). */
export const consultationQuestionnaireKinds = ['k6', 'phq9', 'gad7'] as const;
export const ZConsultationQuestionnaireKind = z.enum(consultationQuestionnaireKinds);

export const ZSendQuestionnaire = z.object({ kind: ZConsultationQuestionnaireKind });

export const ZAnswerQuestionnaire = z.object({
  kind: ZConsultationQuestionnaireKind,
  /** The questionnaire the care team sent, or null when the person takes one on their own. */
  requestId: ZId.nullable(),
  /** The language it was shown in (BCP 47). */
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/),
  /** Answers by item id; the server checks every id and value against the instrument. */
  answers: z.record(z.string().max(10), z.number()),
});
export type TAnswerQuestionnaire = z.infer<typeof ZAnswerQuestionnaire>;

export const ZQuestionnaireResponse = z.object({
  id: ZId,
  kind: ZConsultationQuestionnaireKind,
  language: z.string().nullable(),
  requestedAt: ZIsoDateTime.nullable(),
  answeredAt: ZIsoDateTime.nullable(),
  total: z.number().int().nullable(),
  band: z.string().nullable(),
  level: z.enum(['none', 'concern', 'high']).nullable(),
  /** The items that drove the score (the two highest answers), highest first. */
  drivers: z.array(z.string()),
  /** Items flagged on their own (PHQ-9 item 9, thoughts of self-harm, above 0). */
  flaggedItems: z.array(z.string()),
});
export type TQuestionnaireResponse = z.infer<typeof ZQuestionnaireResponse>;
export const ZQuestionnaireResponseList = z.object({ items: z.array(ZQuestionnaireResponse) });

export const ZRecordTranslationPermission = z.object({
  kind: z.enum(['phq9', 'gad7']),
  language: z.literal('ja'),
  /** Who granted it (the translator or their office). */
  grantedBy: ZLine(120),
  grantedOn: ZJstDate,
  /** The letter's or agreement's reference. */
  reference: ZLine(200),
});
export type TRecordTranslationPermission = z.infer<typeof ZRecordTranslationPermission>;

export const ZTranslationPermission = ZRecordTranslationPermission.extend({
  recordedAt: ZIsoDateTime,
});
export const ZTranslationPermissionList = z.object({ items: z.array(ZTranslationPermission) });
