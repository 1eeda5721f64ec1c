import type { TOpenDataImportReport } from '@yorisoi/shared';
import type { AppContext } from '../../app/context.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Actor } from '../../policy/actor.ts';
import { authorize, tenantScope } from '../../policy/policy.ts';
import {
  findMunicipalityById,
  loadContentHashes,
  upsertFacilities,
} from '../childcare-facilities.repository.ts';
import { readFacilityFile } from './facility-file.ts';

/**
 * Imports a 子育て施設一覧 file into a municipality: facilities are matched by their
 * open-data ID, new ones inserted, changed ones overwritten, the same ones left alone (so
 * a second import of the same file changes nothing). A file unreadable as a whole changes
 * nothing; a bad row is reported with its line and reason while the others are imported.
 * Runs for the CLI (no actor: the operator of the machine) or for the childcare section.
 */
export async function importChildcareFacilities(
  ctx: AppContext,
  {
    municipality,
    bytes,
    actor,
  }: {
    municipality: { id: string; code: string; name: string };
    bytes: Uint8Array;
    actor: Actor | null;
  },
): Promise<TOpenDataImportReport> {
  if (actor) authorize(actor, 'childcare.manage', tenantScope(actor));
  const file = readFacilityFile(bytes, municipality);
  if (!file.readable) throw new AppError('OPENDATA_UNREADABLE', { detail: file.reason });
  return ctx.db.transaction(async (tx) => {
    const known = await loadContentHashes(tx, { municipalityId: municipality.id });
    const changed = file.facilities.filter((f) => known.get(f.sourceId) !== f.contentHash);
    const inserted = changed.filter((f) => !known.has(f.sourceId)).length;
    await upsertFacilities(tx, {
      municipalityId: municipality.id,
      facilities: changed,
      now: ctx.now(),
    });
    const report = {
      inserted,
      updated: changed.length - inserted,
      unchanged: file.facilities.length - changed.length,
      rejected: file.rejected,
    };
    await recordAudit(
      tx,
      {
        action: 'childcare.opendata_imported',
        municipalityId: municipality.id,
        actor,
        detail: {
          dataset: 'childcare-facilities',
          inserted: report.inserted,
          updated: report.updated,
          unchanged: report.unchanged,
          rejected: report.rejected.length,
        },
      },
      ctx.now(),
    );
    return report;
  });
}

/** The childcare section imports into its own municipality. */
export async function importChildcareFacilitiesOf(
  ctx: AppContext,
  { actor, bytes }: { actor: Actor; bytes: Uint8Array },
): Promise<TOpenDataImportReport> {
  authorize(actor, 'childcare.manage', tenantScope(actor));
  const municipality = await findMunicipalityById(ctx.db, {
    municipalityId: actor.municipalityId ?? '',
  });
  if (!municipality) throw new AppError('NOT_FOUND');
  return importChildcareFacilities(ctx, { municipality, bytes, actor });
}
