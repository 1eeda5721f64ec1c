import { z } from 'zod';
import { ZId, ZIsoDateTime } from './common.ts';

/**
 * The mayor's measures (市長マニフェスト施策) as the city tracks them and residents read them:
 * grouped in the mayor's areas (日置市: 8 areas, 73 measures), each with a status, its text,
 * the section in charge and indicators with dated, sourced figures.
 */
export const measureStatuses = ['not_started', 'in_progress', 'achieved', 'revised'] as const;
export const ZMeasureStatus = z.enum(measureStatuses);
export type MeasureStatus = z.infer<typeof ZMeasureStatus>;

const ZDay = z.iso.date();
const ZText = (max: number) => z.string().trim().min(1).max(max);

export const ZMeasureInput = z.object({
  areaNo: z.number().int().min(1).max(20),
  areaTitle: ZText(80),
  title: ZText(200),
  text: z.string().trim().max(4000),
  ownerSection: ZText(80),
  status: ZMeasureStatus,
});
export type TMeasureInput = z.infer<typeof ZMeasureInput>;

export const ZUpdateMeasureRequest = ZMeasureInput.partial();
export type TUpdateMeasureRequest = z.infer<typeof ZUpdateMeasureRequest>;

/**
 * A figure as entered. Date and source are checked by the service (not here), so that a
 * figure missing either is refused with its own clear message rather than a field error.
 */
export const ZIndicatorInput = z.object({
  label: ZText(120),
  value: z.number().finite(),
  unit: z.string().trim().max(20),
  asOf: z.string().trim().max(10).nullable(),
  source: z.string().trim().max(300).nullable(),
});
export type TIndicatorInput = z.infer<typeof ZIndicatorInput>;

export const ZIndicator = z.object({
  id: ZId,
  label: z.string(),
  value: z.number(),
  unit: z.string(),
  asOf: ZDay,
  source: z.string(),
});
export type TIndicator = z.infer<typeof ZIndicator>;

export const ZMeasure = z.object({
  id: ZId,
  areaNo: z.number().int(),
  areaTitle: z.string(),
  title: z.string(),
  text: z.string(),
  ownerSection: z.string(),
  status: ZMeasureStatus,
  updatedAt: ZIsoDateTime,
  indicators: z.array(ZIndicator),
});
export type TMeasure = z.infer<typeof ZMeasure>;

export const ZMeasureArea = z.object({
  areaNo: z.number().int(),
  title: z.string(),
  measures: z.array(ZMeasure),
});
export type TMeasureArea = z.infer<typeof ZMeasureArea>;

export const ZMeasureBoard = z.object({
  municipalityName: z.string(),
  areas: z.array(ZMeasureArea),
  counts: z.record(ZMeasureStatus, z.number().int()),
});
export type TMeasureBoard = z.infer<typeof ZMeasureBoard>;

/** One change of a measure: who, when, which fields from what to what. */
export const ZMeasureRevision = z.object({
  id: ZId,
  changedAt: ZIsoDateTime,
  changedBy: z.string(),
  kind: z.enum(['created', 'updated', 'indicator_added']),
  changes: z.array(z.object({ field: z.string(), before: z.string(), after: z.string() })),
});
export type TMeasureRevision = z.infer<typeof ZMeasureRevision>;

export const ZMeasureHistory = z.object({
  measure: ZMeasure,
  revisions: z.array(ZMeasureRevision),
});
export type TMeasureHistory = z.infer<typeof ZMeasureHistory>;

/** Group measures by area in area order, measures in their given order. */
export function groupMeasuresByArea(measures: readonly TMeasure[]): TMeasureArea[] {
  const areas = new Map<number, TMeasureArea>();
  for (const m of measures) {
    const area = areas.get(m.areaNo) ?? { areaNo: m.areaNo, title: m.areaTitle, measures: [] };
    area.measures.push(m);
    areas.set(m.areaNo, area);
  }
  return [...areas.values()].sort((a, b) => a.areaNo - b.areaNo);
}

export function countMeasuresByStatus(measures: readonly TMeasure[]) {
  const counts = Object.fromEntries(measureStatuses.map((s) => [s, 0])) as Record<
    MeasureStatus,
    number
  >;
  for (const m of measures) counts[m.status] += 1;
  return counts;
}
