import { candidateCodes } from '@yorisoi/shared';
import type { Db } from '../platform/db/database.ts';
import { AppError } from '../platform/errors.ts';
import {
  findPublicMunicipalityByCodes,
  type PublicMunicipalityRow,
} from './public-municipalities.repository.ts';

export type MunicipalityByCode = NonNullable<PublicMunicipalityRow>;

/**
 * THE way a municipality is found from a code as someone wrote it (a public address, an
 * open-data file, the command line): read as a 全国地方公共団体コード, repaired where the
 * repair is provable (a lost leading zero, a missing check digit), then looked up. Every
 * public page and tool answers the same codes the same way.
 */
export async function findMunicipalityByWrittenCode(
  db: Db,
  written: string,
): Promise<MunicipalityByCode | null> {
  return findPublicMunicipalityByCodes(db, candidateCodes(written));
}

/** As findMunicipalityByWrittenCode, refusing an unknown code with the catalog's error. */
export async function requireMunicipalityByCode(
  db: Db,
  written: string,
): Promise<MunicipalityByCode> {
  const municipality = await findMunicipalityByWrittenCode(db, written);
  if (!municipality) throw new AppError('MUNICIPALITY_CODE_UNKNOWN');
  return municipality;
}
