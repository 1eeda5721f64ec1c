/** Back to work (issue 17): a programme's figures by month and fiscal year; counts only. */
import { z } from 'zod';
import { programmeMeasures } from '../domain/matching/programme-figures.ts';
import { workPaths } from '../domain/matching/match-score.ts';

const ZPathCounts = z.object(
  Object.fromEntries(workPaths.map((p) => [p, z.number().int()])) as Record<
    (typeof workPaths)[number],
    z.ZodNumber
  >,
);
const ZMeasureCounts = z.object(
  Object.fromEntries(programmeMeasures.map((m) => [m, ZPathCounts])) as Record<
    (typeof programmeMeasures)[number],
    typeof ZPathCounts
  >,
);

export const ZWorkFiguresQuery = z.object({
  /** 年度, named by the year its April falls in; this fiscal year when left out. */
  fiscalYear: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const ZWorkProgrammeFigures = z.object({
  fiscalYear: z.number().int(),
  months: z.array(z.object({ month: z.string(), counts: ZMeasureCounts })),
  year: ZMeasureCounts,
});
export type TWorkProgrammeFigures = z.infer<typeof ZWorkProgrammeFigures>;
