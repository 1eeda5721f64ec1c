import { z } from 'zod';
import {
  defaultMinimumGroupSize,
  maxStatisticsMonths,
  minimumGroupSizeCeiling,
  minimumGroupSizeFloor,
  monthsOf,
  statisticsDimensions,
} from '../domain/statistics.ts';

const ZMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
export const ZStatisticsDimension = z.enum(statisticsDimensions);
export const ZStatisticsAudience = z.enum(['city', 'employer']);
/**
 * An employer admin's table counts their own organisation (or its pool of small employers)
 * by default; `consortium` counts every member of the municipality's consortium instead,
 * a coarser view that can show what the employer's own table must hide.
 */
export const ZStatisticsScope = z.enum(['own', 'consortium']);
export type StatisticsScope = z.infer<typeof ZStatisticsScope>;

/**
 * One protected table: one or two dimensions over a period of whole months. `columns`
 * is optional; the query string carries it as a plain name.
 */
export const ZStatisticsQuery = z
  .object({
    audience: ZStatisticsAudience,
    rows: ZStatisticsDimension,
    columns: ZStatisticsDimension.optional(),
    from: ZMonth,
    to: ZMonth,
    scope: ZStatisticsScope.optional(),
  })
  .refine((q) => q.scope !== 'consortium' || q.audience === 'employer', {
    message: 'the consortium view is an employer view',
    path: ['scope'],
  })
  .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['to'] })
  .refine((q) => q.from > q.to || monthsOf(q.from, q.to).length <= maxStatisticsMonths, {
    message: `at most ${maxStatisticsMonths} months`,
    path: ['from'],
  })
  .refine((q) => q.columns === undefined || q.columns !== q.rows, {
    message: 'rows and columns must differ',
    path: ['columns'],
  });
export type TStatisticsQuery = z.infer<typeof ZStatisticsQuery>;

/** A published count, or null: hidden (fewer than k persons, or it would reveal one). */
const ZPublished = z.number().int().nonnegative().nullable();

/**
 * Exactly what disclosure control published: category codes and counts of distinct
 * persons. No row of a person, no pseudonym, no free text can be expressed in it.
 */
export const ZProtectedTable = z.object({
  audience: ZStatisticsAudience,
  /** Whose data: the municipality, the organisation, the pool of small employers or the consortium. */
  scope: z.object({
    kind: z.enum(['municipality', 'organization', 'pool', 'consortium']),
    label: z.string(),
  }),
  minimumGroupSize: z.number().int().min(5),
  period: z.object({ from: ZMonth, to: ZMonth }),
  rowDimension: ZStatisticsDimension,
  columnDimension: ZStatisticsDimension.nullable(),
  rows: z.array(z.string()),
  columns: z.array(z.string()).nullable(),
  cells: z.array(z.array(ZPublished)),
  rowTotals: z.array(ZPublished).nullable(),
  columnTotals: z.array(ZPublished).nullable(),
  total: ZPublished,
  /**
   * Records of the period changed after this table was released: it is shown as it was
   * released while the current one is computed; asking again shortly gives that one.
   */
  updating: z.boolean(),
});
export type TProtectedTable = z.infer<typeof ZProtectedTable>;

export const ZStatisticsExportFormat = z.enum(['csv', 'xlsx']);
export const ZStatisticsExportQuery = ZStatisticsQuery.and(
  z.object({ format: ZStatisticsExportFormat }),
);
/** A file (CSV or Excel) sent as bytes, not JSON. */
export const ZStatisticsExportFile = z.custom<Uint8Array<ArrayBufferLike>>(
  (value) => value instanceof Uint8Array,
);

/** A municipality's minimum group size k: every released count is 0 or at least k. */
export const ZStatisticsSettings = z.object({
  minimumGroupSize: z.number().int(),
  /** Whether the municipality has set k itself (otherwise the default applies). */
  configured: z.boolean(),
  defaultMinimumGroupSize: z.literal(defaultMinimumGroupSize),
});
export type TStatisticsSettings = z.infer<typeof ZStatisticsSettings>;

export const ZUpdateStatisticsSettingsRequest = z.object({
  minimumGroupSize: z.number().int().min(minimumGroupSizeFloor).max(minimumGroupSizeCeiling),
});
export type TUpdateStatisticsSettingsRequest = z.infer<typeof ZUpdateStatisticsSettingsRequest>;
