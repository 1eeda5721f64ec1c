import { z } from 'zod';
import { ZId, ZIsoDateTime } from './common.ts';
import { retentionCeilingMonths, retentionKinds } from '../domain/retention.ts';

export const ZRetentionKind = z.enum(retentionKinds);

export const ZRetentionSetting = z.object({
  kind: ZRetentionKind,
  months: z.number().int(),
  defaultMonths: z.number().int(),
  minimumMonths: z.number().int(),
  /** Whether the municipality set it (otherwise the default applies). */
  configured: z.boolean(),
});
export type TRetentionSetting = z.infer<typeof ZRetentionSetting>;

export const ZRetentionSettings = z.object({ settings: z.array(ZRetentionSetting) });
export type TRetentionSettings = z.infer<typeof ZRetentionSettings>;

/**
 * Months per kind to change. The floor of each kind is checked by the use-case, so that a
 * value below it gets its own error code rather than a validation failure.
 */
export const ZUpdateRetentionSettingsRequest = z.object({
  months: z.partialRecord(ZRetentionKind, z.number().int().min(1).max(retentionCeilingMonths)),
});
export type TUpdateRetentionSettingsRequest = z.infer<typeof ZUpdateRetentionSettingsRequest>;

export const ZLegalHold = z.object({
  consultationId: ZId,
  held: z.boolean(),
  reason: z.string().nullable(),
  placedAt: ZIsoDateTime.nullable(),
  placedByName: z.string().nullable(),
});
export type TLegalHold = z.infer<typeof ZLegalHold>;

export const ZPlaceLegalHoldRequest = z.object({ reason: z.string().trim().min(1).max(500) });
export type TPlaceLegalHoldRequest = z.infer<typeof ZPlaceLegalHoldRequest>;
