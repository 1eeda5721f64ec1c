import type { TVacancyTable } from '@yorisoi/shared';
import type { AppContext } from '../../app/context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { AppError } from '../../platform/errors.ts';
import type { DownloadFile } from '../../platform/http/download.ts';
import type { Actor } from '../../policy/actor.ts';
import { authorize, tenantScope } from '../../policy/policy.ts';
import { findMunicipalityById, listFacilities } from '../childcare-facilities.repository.ts';
import { getPublicVacancyTable, vacancyTableFor } from '../childcare-public.service.ts';
import { currentMonth } from '../childcare-months.ts';
import { exportFacilitiesCsv } from './facility-export.ts';
import { exportVacancyCsv } from './vacancy-export.ts';

type Format = 'csv' | 'json';

/** The vacancy table as a file, named 「<code>_受け入れ状況表_<YYYY-MM>」 as cities file it. */
function vacancyFile(table: TVacancyTable, format: Format): DownloadFile {
  const stem = `${table.municipality.code}_受け入れ状況表_${table.month}`;
  const asciiStem = `${table.municipality.code}_childcare_vacancies_${table.month}`;
  return format === 'json'
    ? {
        fileName: `${stem}.json`,
        asciiFileName: `${asciiStem}.json`,
        contentType: 'application/json; charset=utf-8',
        content: Buffer.from(`${JSON.stringify(table)}\n`, 'utf8'),
      }
    : {
        fileName: `${stem}.csv`,
        asciiFileName: `${asciiStem}.csv`,
        contentType: 'text/csv; charset=utf-8',
        content: Buffer.from(exportVacancyCsv(table), 'utf8'),
      };
}

/** The actor's municipality, for downloads the city's staff may make; each is audited. */
async function exportingMunicipality(ctx: AppContext, actor: Actor) {
  authorize(actor, 'childcare.export', tenantScope(actor));
  const municipality = await findMunicipalityById(ctx.db, {
    municipalityId: actor.municipalityId ?? '',
  });
  if (!municipality) throw new AppError('NOT_FOUND');
  return municipality;
}

async function auditExport(ctx: AppContext, actor: Actor, detail: Record<string, string | number>) {
  const now = ctx.now();
  await ctx.db.transaction((tx) =>
    recordAudit(
      tx,
      {
        action: 'childcare.opendata_exported',
        municipalityId: actor.municipalityId,
        actor,
        detail,
      },
      now,
    ),
  );
}

/** 子育て施設一覧 as the `opendata export` command writes it, for the staff page's button. */
export async function downloadChildcareFacilities(
  ctx: AppContext,
  { actor }: { actor: Actor },
): Promise<DownloadFile> {
  const municipality = await exportingMunicipality(ctx, actor);
  const rows = await listFacilities(ctx.db, { municipalityId: municipality.id });
  await auditExport(ctx, actor, { dataset: 'childcare-facilities', rows: rows.length });
  return {
    fileName: `${municipality.code}_子育て施設一覧.csv`,
    asciiFileName: `${municipality.code}_childcare_facilities.csv`,
    contentType: 'text/csv; charset=utf-8',
    content: Buffer.from(exportFacilitiesCsv(rows, municipality), 'utf8'),
  };
}

/** Any month's table, published or not (staff check it before publishing). */
export async function downloadVacancyTable(
  ctx: AppContext,
  { actor, month, format }: { actor: Actor; month: string | undefined; format: Format },
): Promise<DownloadFile> {
  const municipality = await exportingMunicipality(ctx, actor);
  const table = await vacancyTableFor(ctx, {
    municipality,
    month: month ?? currentMonth(ctx.now()),
  });
  await auditExport(ctx, actor, { dataset: 'vacancies', month: table.month, format });
  return vacancyFile(table, format);
}

/** A published month's table for anyone, as the public page shows it. */
export async function downloadPublicVacancyTable(
  ctx: AppContext,
  { code, month, format }: { code: string; month: string | undefined; format: Format },
): Promise<DownloadFile> {
  return vacancyFile(await getPublicVacancyTable(ctx, { code, month }), format);
}
