import { errorCatalog } from '@yorisoi/shared';
import { findMunicipalityByWrittenCode } from '../municipalities/municipality-by-code.ts';
import type { AppContext } from '../app/context.ts';
import { AppError } from '../platform/errors.ts';
import { listFacilities } from '../childcare/childcare-facilities.repository.ts';
import { importChildcareFacilities } from '../childcare/opendata/facility-import.service.ts';
import { exportFacilitiesCsv } from '../childcare/opendata/facility-export.ts';
import { exportVacancyCsv } from '../childcare/opendata/vacancy-export.ts';
import { vacancyTableFor } from '../childcare/childcare-public.service.ts';
import { currentMonth } from '../childcare/childcare-months.ts';
import { eventsOpenDataCsv } from '../events/events-csv.ts';

export const openDataUsage = `Usage:
  yorisoi opendata import --municipality <code> --dataset childcare-facilities < file.csv
  yorisoi opendata export --municipality <code> --dataset childcare-facilities|events|vacancies [--month YYYY-MM] [--format csv|json]
`;

export interface CliStreams {
  readInput: () => Promise<Uint8Array>;
  write: (text: string) => void;
  writeError: (text: string) => void;
}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}

/**
 * `yorisoi opendata …` for city IT staff and scripts, on an open context (the embedded
 * database with the server stopped, or DATABASE_URL). An import prints exactly one JSON
 * object and fails (exit 1) only when the file could not be read at all.
 */
export async function runOpenDataCommand(
  ctx: AppContext,
  args: string[],
  io: CliStreams,
): Promise<number> {
  const [action] = args;
  const code = option(args, 'municipality') ?? '';
  const dataset = option(args, 'dataset');
  const municipality = await findMunicipalityByWrittenCode(ctx.db, code);
  if (!municipality) {
    io.writeError(
      `${errorCatalog.MUNICIPALITY_CODE_UNKNOWN.ja}\n${errorCatalog.MUNICIPALITY_CODE_UNKNOWN.en}\n`,
    );
    return 2;
  }
  if (action === 'import' && dataset === 'childcare-facilities') {
    try {
      const report = await importChildcareFacilities(ctx, {
        municipality,
        bytes: await io.readInput(),
        actor: null,
      });
      io.write(`${JSON.stringify(report)}\n`);
      return 0;
    } catch (error) {
      if (error instanceof AppError && error.code === 'OPENDATA_UNREADABLE') {
        io.writeError(
          `${errorCatalog.OPENDATA_UNREADABLE.ja}\n${errorCatalog.OPENDATA_UNREADABLE.en}\n`,
        );
        return 1;
      }
      throw error;
    }
  }
  if (action === 'export' && dataset === 'childcare-facilities') {
    io.write(
      exportFacilitiesCsv(
        await listFacilities(ctx.db, { municipalityId: municipality.id }),
        municipality,
      ),
    );
    return 0;
  }
  if (action === 'export' && dataset === 'events') {
    // イベント一覧 of the published events, in the current generation (UTF-8 with BOM, CRLF).
    io.write((await eventsOpenDataCsv(ctx, municipality)).content.toString('utf8'));
    return 0;
  }
  if (action === 'export' && dataset === 'vacancies') {
    const month = option(args, 'month') ?? currentMonth(ctx.now());
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
      io.writeError('--month must be YYYY-MM\n');
      return 2;
    }
    const table = await vacancyTableFor(ctx, { municipality, month });
    io.write(
      option(args, 'format') === 'json' ? `${JSON.stringify(table)}\n` : exportVacancyCsv(table),
    );
    return 0;
  }
  io.writeError(openDataUsage);
  return 2;
}
