/**
 * Openings as companies post them and the public reads them. A company's admin posts for
 * its own company; programme staff post for any company, including one from outside the
 * municipality with no account here. The public list and each opening's page carry
 * schema.org JobPosting.
 */
import {
  japanTimeOf,
  jobPostingOf,
  type TPublicWorkOpening,
  type TPublicWorkOpeningPage,
  type TWorkOpeningInput,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { requireMunicipalityByCode } from '../municipalities/municipality-by-code.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../policy/actor.ts';
import { findProgramme } from './matching.repository.ts';
import {
  findOpening,
  listOfferedOpenings,
  listOpenOpeningsOfProgramme,
} from './openings.repository.ts';
import { presentPublicOpening } from './openings.presenter.ts';
import { authorize } from '../policy/policy.ts';
import { createWorkOpening, programmeScope } from './work-profiles.service.ts';

/** The address of an opening's own public page, the JSON-LD's `url`. */
const openingUrl = (ctx: AppContext, code: string, id: string) =>
  `${ctx.config.publicUrl}/m/${code}/work/${id}`;

export async function postWorkOpening(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: TWorkOpeningInput },
): Promise<TPublicWorkOpening> {
  if (!actor.municipalityId) throw new AppError('FORBIDDEN');
  const municipalityId = actor.municipalityId;
  const { id } = await createWorkOpening(ctx, { actor, municipalityId, input });
  const row = await findOpening(ctx.db, { municipalityId, openingId: id });
  if (!row) throw new AppError('WORK_OPENING_NOT_FOUND');
  return presentPublicOpening(row);
}

export async function listPublicWorkOpenings(ctx: AppContext, { code }: { code: string }) {
  const municipality = await requireMunicipalityByCode(ctx.db, code);
  const rows = await listOfferedOpenings(ctx.db, {
    municipalityId: municipality.id,
    today: japanTimeOf(ctx.now()).date,
  });
  const items = rows.map(presentPublicOpening);
  return {
    municipalityName: municipality.name,
    items,
    jsonLd: items.map((item) =>
      jobPostingOf(item, {
        municipalityName: municipality.name,
        prefecture: municipality.prefecture,
        url: openingUrl(ctx, municipality.code, item.id),
      }),
    ),
  };
}

/** One opening still offered, for anyone; a closed or expired one is not found. */
export async function getPublicWorkOpening(
  ctx: AppContext,
  { code, openingId }: { code: string; openingId: string },
): Promise<TPublicWorkOpeningPage> {
  const municipality = await requireMunicipalityByCode(ctx.db, code);
  const row = await findOpening(ctx.db, { municipalityId: municipality.id, openingId });
  const today = japanTimeOf(ctx.now()).date;
  if (!row || row.status !== 'open' || (row.validThrough !== null && row.validThrough < today))
    throw new AppError('WORK_OPENING_NOT_FOUND');
  const opening = presentPublicOpening(row);
  return {
    municipalityName: municipality.name,
    opening,
    jsonLd: jobPostingOf(opening, {
      municipalityName: municipality.name,
      prefecture: municipality.prefecture,
      url: openingUrl(ctx, municipality.code, opening.id),
    }),
  };
}

export async function listProgrammeOpenings(
  ctx: AppContext,
  { actor, programmeId }: { actor: Actor; programmeId: string },
): Promise<TPublicWorkOpening[]> {
  const municipalityId = actor.municipalityId ?? '';
  if (!(await findProgramme(ctx.db, { municipalityId, programmeId })))
    throw new AppError('WORK_PROGRAMME_NOT_FOUND');
  authorize(
    actor,
    'workOpening.listOfProgramme',
    await programmeScope(ctx.db, municipalityId, programmeId),
  );
  const rows = await listOpenOpeningsOfProgramme(ctx.db, { municipalityId, programmeId });
  return rows.map(presentPublicOpening);
}
