/**
 * A programme's figures by month and fiscal year, for its own staff and the city's staff:
 * counts by path, never a person (the pure rule is shared/domain/matching/programme-figures).
 */
import {
  addMonths,
  japanFiscalYearOf,
  japanMonthStart,
  programmeFigures,
  type IntroductionStatus,
  type TWorkProgrammeFigures,
  type WorkPath,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/policy.ts';
import { listIntroductionDates, listProfileRegistrations } from './figures.repository.ts';
import { findProgramme } from './matching.repository.ts';
import { programmeScope } from './work-profiles.service.ts';

export async function getProgrammeFigures(
  ctx: AppContext,
  {
    actor,
    programmeId,
    fiscalYear,
  }: { actor: Actor; programmeId: string; fiscalYear: number | undefined },
): Promise<TWorkProgrammeFigures> {
  const municipalityId = actor.municipalityId ?? '';
  if (!(await findProgramme(ctx.db, { municipalityId, programmeId })))
    throw new AppError('WORK_PROGRAMME_NOT_FOUND');
  authorize(actor, 'work.readFigures', await programmeScope(ctx.db, municipalityId, programmeId));
  const year = fiscalYear ?? japanFiscalYearOf(ctx.now());
  const [profiles, introductions] = await Promise.all([
    listProfileRegistrations(ctx.db, {
      municipalityId,
      programmeId,
      from: japanMonthStart(`${year}-04`),
      until: japanMonthStart(addMonths(`${year}-04`, 12)),
    }),
    listIntroductionDates(ctx.db, { municipalityId, programmeId }),
  ]);
  return programmeFigures(
    year,
    profiles.map((p) => ({ path: p.path as WorkPath, createdAt: p.createdAt })),
    introductions.map((i) => ({
      ...i,
      path: i.path as WorkPath,
      status: i.status as IntroductionStatus,
      openingKind: i.openingKind as 'job' | 'project',
    })),
  );
}
