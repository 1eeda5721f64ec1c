import crypto from 'node:crypto';
import { categoriesOf, type StatisticsDimension, type TProtectedTable } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { japanTimeOf } from '../sla/time-band.ts';
import { audienceKey } from './disclosure/audience.ts';
import { auditAgainstHistory, protectAgainstLedger } from './ledger-release.ts';
import { DatabaseReleaseLedger } from './release-ledger.repository.ts';
import { resolveAudience, type ResolvedAudience } from './statistics-audience.ts';
import { personsByCell } from './statistics.repository.ts';
import {
  currentDataVersion,
  findCachedRelease,
  releaseRequestKey,
  storeRelease,
} from './release-cache.repository.ts';

export interface ProtectedTableRequest {
  actor: Actor;
  audience: 'city' | 'employer';
  dimensions: readonly [StatisticsDimension] | readonly [StatisticsDimension, StatisticsDimension];
  /** Whole months, YYYY-MM, both included; the last must be over. */
  period: { from: string; to: string };
  /**
   * Dashboards: when records of the period changed since the table was last released to
   * this audience, show that release at once (marked `updating`) and compute the current
   * one in the background, so that a view never waits on it; `onError` hears of a failed
   * update. Without it (exports, reports) the current table is computed while the caller waits.
   */
  whileUpdating?: { onError(error: unknown): void };
  /** Internal: the update started by a view (audited as such; silent if already current). */
  inBackground?: boolean;
}

/** The last month that is over in Japan: statistics never cover a month still filling up. */
export function lastClosedMonth(now: Date): string {
  const [year, month] = japanTimeOf(now).date.split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** Per-cell person sets in the fixed category order of each dimension. */
async function countTableInput(
  ctx: AppContext,
  resolved: ResolvedAudience,
  request: ProtectedTableRequest,
) {
  const [rowDimension, columnDimension = null] = request.dimensions;
  const rows = categoriesOf(rowDimension, request.period);
  const columns = columnDimension === null ? null : categoriesOf(columnDimension, request.period);
  const persons = rows.map(() => (columns ?? [null]).map((): string[] => []));
  const cells = await personsByCell(
    ctx.db,
    {
      municipalityId: resolved.municipalityId,
      from: request.period.from,
      to: request.period.to,
      organizationIds: resolved.organizationIds,
    },
    rowDimension,
    columnDimension,
  );
  for (const cell of cells) {
    const r = rows.indexOf(cell.row);
    const c = columns === null ? 0 : columns.indexOf(cell.column ?? '');
    // A code no longer in the catalog is left out rather than shown under another name.
    if (r < 0 || c < 0) continue;
    persons[r]![c] = cell.persons;
  }
  // A headcount below the persons counted (people who left since) is no longer known truth.
  const known = resolved.knownHeadcount;
  const headcount = known !== null && known >= new Set(persons.flat(2)).size ? known : null;
  return {
    rows,
    ...(columns === null ? {} : { columns }),
    persons,
    headcounts: { total: headcount },
  };
}

/**
 * THE way statistics leave the server, for every audience, screen, export and report:
 * each cell's persons listed in SQL and counted distinct, protected by the disclosure
 * engine (k of the municipality, complement rule against the known headcount,
 * complementary suppression checked by the exact attacker), then judged against
 * everything this audience was shown before: a group differing from an earlier one by
 * 1..k−1 persons is hidden as well (protectAgainstLedger); if that cannot resolve it the
 * release is refused with STATISTICS_RELEASE_REFUSED (audited, nothing shown). An accepted release is recorded in
 * the persistent ledger and audited, all in one transaction under a lock on the audience.
 * The same table asked again by the same audience on unchanged data (data version, see
 * release-cache.repository.ts) is shown again as released, audited, without recomputing;
 * on changed data too when the caller allows it (`whileUpdating`).
 */
export async function queryProtectedTable(
  ctx: AppContext,
  request: ProtectedTableRequest,
): Promise<TProtectedTable> {
  const { actor, period } = request;
  const resolved = await resolveAudience(ctx.db, actor, request.audience);
  if (period.to > lastClosedMonth(ctx.now())) throw new AppError('STATISTICS_PERIOD_OPEN');
  const [rowDimension, columnDimension = null] = request.dimensions;
  const label = `${rowDimension}${columnDimension ? `×${columnDimension}` : ''} ${period.from}〜${period.to}`;
  const key = audienceKey(resolved.audience);
  const now = ctx.now();
  const releaseId = crypto.randomUUID();
  const auditOf = (id: string) => ({
    municipalityId: resolved.municipalityId,
    actor,
    target: { type: 'statistics_release', id },
    detail: {
      audience: key,
      rows: rowDimension,
      columns: columnDimension,
      from: period.from,
      to: period.to,
      k: resolved.k,
    },
  });

  const requestKey = releaseRequestKey({
    dimensions: request.dimensions,
    period,
    k: resolved.k,
    organizationIds: resolved.organizationIds,
    knownHeadcount: resolved.knownHeadcount,
  });

  const updateKey = `${key} ${requestKey}`;
  const outcome = await ctx.db.transaction(async (tx) => {
    const ledger = new DatabaseReleaseLedger(tx, resolved.municipalityId, now);
    await ledger.lockAudience(key);
    const dataVersion = await currentDataVersion(tx, resolved.municipalityId, period);
    const cacheKey = { audienceKey: key, requestKey, dataVersion };
    const cached = await findCachedRelease(tx, cacheKey);
    const updating = cached !== null && cached.dataVersion !== dataVersion;
    // An update that finds the table current (an export made it meanwhile) shows nothing.
    if (cached && !updating && request.inBackground)
      return { table: cached.table, dataVersion, updating };
    const showPrevious =
      updating && request.whileUpdating && !ctx.tableUpdates.failed(updateKey, dataVersion);
    // Shown again: it was released to this audience, so showing it tells nothing new.
    if (cached && (!updating || showPrevious)) {
      const audit = auditOf(cached.releaseId);
      const detail = { ...audit.detail, shownAgain: true, ...(updating ? { updating } : {}) };
      await recordAudit(tx, { action: 'statistics.released', ...audit, detail }, now);
      return { table: cached.table, dataVersion, updating };
    }
    const protectedRelease = await protectAgainstLedger(
      ledger,
      key,
      await countTableInput({ ...ctx, db: tx }, resolved, request),
      resolved.k,
      label,
    );
    const made = auditOf(releaseId);
    // Made in the background for a view that showed the previous release meanwhile.
    const audit = request.inBackground
      ? { ...made, detail: { ...made.detail, inBackground: true } }
      : made;
    if ('refused' in protectedRelease) {
      await recordAudit(tx, { action: 'statistics.refused', ...audit }, now);
      return protectedRelease;
    }
    const { release } = protectedRelease;
    const history = await auditAgainstHistory(tx, ledger, {
      municipalityId: resolved.municipalityId,
      audienceKey: key,
      releaseId,
      population: release.population,
      k: resolved.k,
      now,
    });
    if ('refused' in history) {
      await recordAudit(tx, { action: 'statistics.refused', ...audit }, now);
      return history;
    }
    await ledger.record(key, releaseId, release.disclosedGroups, resolved.k);
    await history.record();
    await storeRelease(tx, {
      ...cacheKey,
      municipalityId: resolved.municipalityId,
      releaseId,
      table: release.table,
      now,
    });
    await recordAudit(tx, { action: 'statistics.released', ...audit }, now);
    return { table: release.table, dataVersion, updating: false };
  });
  if ('refused' in outcome) {
    throw new AppError('STATISTICS_RELEASE_REFUSED', { detail: outcome.refused });
  }
  const { table, updating } = outcome;
  if (updating && request.whileUpdating) {
    const { onError } = request.whileUpdating;
    ctx.tableUpdates.start(updateKey, outcome.dataVersion, () =>
      queryProtectedTable(ctx, { ...request, whileUpdating: undefined, inBackground: true }).catch(
        (error: unknown) => {
          onError(error);
          throw error;
        },
      ),
    );
  }

  return {
    audience: request.audience,
    scope: resolved.scope,
    minimumGroupSize: resolved.k,
    period: { from: period.from, to: period.to },
    rowDimension,
    columnDimension,
    rows: [...table.rows],
    columns: table.columns === null ? null : [...table.columns],
    cells: table.cells,
    rowTotals: table.rowTotals,
    columnTotals: table.columnTotals,
    total: table.total,
    updating,
  };
}
