import crypto from 'node:crypto';
import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';
import { statisticsDataVersions, statisticsReleaseCache } from '../platform/db/schema/index.ts';
import type { ProtectedTable } from './disclosure/protect-table.ts';

/** Everything a protected table depends on besides the data and the audience. */
export interface ReleaseRequestKey {
  dimensions: readonly string[];
  period: { from: string; to: string };
  k: number;
  organizationIds: readonly string[] | null;
  knownHeadcount: number | null;
}

/**
 * Raised whenever disclosure control changes what it hides, so that a table protected by
 * earlier code is not shown again from the cache after an upgrade but made afresh.
 * 2: the suppression search of 2026-12-04 (ledger rounds start from what was hidden).
 */
const protectionVersion = 2;

export function releaseRequestKey(request: ReleaseRequestKey): string {
  const canonical = JSON.stringify([
    protectionVersion,
    request.dimensions,
    request.period.from,
    request.period.to,
    request.k,
    request.organizationIds === null ? null : [...request.organizationIds].sort(),
    request.knownHeadcount,
  ]);
  return crypto.createHash('sha256').update(canonical).digest('hex');
}

/**
 * The data version of a period: the sum of its months' versions, which a trigger raises
 * on every write to case_records (migration 0019); it grows whenever any month of the
 * period changes. 0 before any record.
 */
export async function currentDataVersion(
  db: Db,
  municipalityId: string,
  period: { from: string; to: string },
): Promise<number> {
  const [row] = await db
    .select({ version: sql<string | null>`sum(${statisticsDataVersions.version})` })
    .from(statisticsDataVersions)
    .where(
      ofMunicipality(
        statisticsDataVersions,
        municipalityId,
        gte(statisticsDataVersions.month, `${period.from}-01`),
        lte(statisticsDataVersions.month, `${period.to}-01`),
      ),
    );
  return Number(row?.version ?? 0);
}

/** The newest release of a request to an audience, with the data version it was made from. */
export async function findCachedRelease(
  db: Db,
  key: { audienceKey: string; requestKey: string },
): Promise<{ releaseId: string; dataVersion: number; table: ProtectedTable } | null> {
  const [row] = await db
    .select({
      releaseId: statisticsReleaseCache.releaseId,
      dataVersion: statisticsReleaseCache.dataVersion,
      released: statisticsReleaseCache.released,
    })
    .from(statisticsReleaseCache)
    .where(
      and(
        eq(statisticsReleaseCache.audienceKey, key.audienceKey),
        eq(statisticsReleaseCache.requestKey, key.requestKey),
      ),
    );
  return row
    ? {
        releaseId: row.releaseId,
        dataVersion: row.dataVersion,
        table: row.released as ProtectedTable,
      }
    : null;
}

/** Keeps the newest release of a request; an older data version is replaced. */
export async function storeRelease(
  db: Db,
  entry: {
    audienceKey: string;
    requestKey: string;
    municipalityId: string;
    dataVersion: number;
    releaseId: string;
    table: ProtectedTable;
    now: Date;
  },
): Promise<void> {
  const values = {
    audienceKey: entry.audienceKey,
    requestKey: entry.requestKey,
    municipalityId: entry.municipalityId,
    dataVersion: entry.dataVersion,
    releaseId: entry.releaseId,
    released: entry.table,
    createdAt: entry.now,
  };
  await db
    .insert(statisticsReleaseCache)
    .values(values)
    .onConflictDoUpdate({
      target: [statisticsReleaseCache.audienceKey, statisticsReleaseCache.requestKey],
      set: {
        dataVersion: values.dataVersion,
        releaseId: values.releaseId,
        released: values.released,
        createdAt: values.createdAt,
      },
    });
}
