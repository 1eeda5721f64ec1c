import crypto from 'node:crypto';
import {
  addMonths,
  categoriesOf,
  japanMonthOf,
  type StatisticsDimension,
  type StatisticsScope,
  type TProtectedTable,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Db } from '../platform/db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { audienceKey } from './disclosure/audience.ts';
import type { ProtectedTable } from './disclosure/protect-table.ts';
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
  /** An employer's own records (default) or the whole consortium's. */
  scope?: StatisticsScope;
  /** Whole months, YYYY-MM, both included; the last must be over. */
  period: { from: string; to: string };
  /**
   * Dashboards: when records of the period changed since the table was last released to
   * this audience, show that release at once (marked `updating`) and compute the current
   * one in the background, so that a view never waits on it; `onError` hears of a failed
   * update. Without it (exports, reports) the current table is computed while the caller waits.
   */
  whileUpdating?: { onError(error: unknown): void };
}

/** How a table reached its caller: shown again from the cache, or computed now. */
type Mode = 'view' | 'background';

/** The last month that is over in Japan: statistics never cover a month still filling up. */
export function lastClosedMonth(now: Date): string {
  return addMonths(japanMonthOf(now), -1);
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

/** One request resolved: whose table, under which k, named for the cache and the audit. */
interface ResolvedRequest {
  request: ProtectedTableRequest;
  resolved: ResolvedAudience;
  key: string;
  requestKey: string;
  label: string;
}

async function resolveRequest(
  ctx: AppContext,
  request: ProtectedTableRequest,
): Promise<ResolvedRequest> {
  const resolved = await resolveAudience(ctx.db, request.actor, request.audience, request.scope);
  const { period } = request;
  if (period.to > lastClosedMonth(ctx.now())) throw new AppError('STATISTICS_PERIOD_OPEN');
  const [rowDimension, columnDimension = null] = request.dimensions;
  return {
    request,
    resolved,
    key: audienceKey(resolved.audience),
    requestKey: releaseRequestKey({
      dimensions: request.dimensions,
      period,
      k: resolved.k,
      organizationIds: resolved.organizationIds,
      knownHeadcount: resolved.knownHeadcount,
    }),
    label: `${rowDimension}${columnDimension ? `×${columnDimension}` : ''} ${period.from}〜${period.to}${resolved.scope.kind === 'consortium' ? ' consortium' : ''}`,
  };
}

function auditOf(r: ResolvedRequest, releaseId: string, extra: Record<string, unknown> = {}) {
  const [rows, columns = null] = r.request.dimensions;
  return {
    municipalityId: r.resolved.municipalityId,
    actor: r.request.actor,
    target: { type: 'statistics_release', id: releaseId },
    detail: {
      audience: r.key,
      rows,
      columns,
      from: r.request.period.from,
      to: r.request.period.to,
      k: r.resolved.k,
      scope: r.resolved.scope.kind,
      ...extra,
    },
  };
}

type Outcome =
  { table: ProtectedTable; dataVersion: number; updating: boolean } | { refused: string };

/**
 * The computed step: the table protected against everything the audience was shown
 * (ledger pairs, then the history of populations), recorded, cached and audited, or
 * refused and audited. Inside the transaction that holds the audience's lock.
 */
async function computeRelease(
  ctx: AppContext,
  tx: Db,
  ledger: DatabaseReleaseLedger,
  r: ResolvedRequest,
  cacheKey: { audienceKey: string; requestKey: string; dataVersion: number },
  mode: Mode,
): Promise<Outcome> {
  const now = ctx.now();
  const releaseId = crypto.randomUUID();
  // Made in the background for a view that showed the previous release meanwhile.
  const audit = auditOf(r, releaseId, mode === 'background' ? { inBackground: true } : {});
  const { resolved, key } = r;
  const protectedRelease = await protectAgainstLedger(
    ledger,
    key,
    await countTableInput({ ...ctx, db: tx }, resolved, r.request),
    resolved.k,
    r.label,
  );
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
  return { table: release.table, dataVersion: cacheKey.dataVersion, updating: false };
}

/**
 * One release in one transaction under a lock on the audience: the cached step (the same
 * table on unchanged data is shown again, audited; on changed data too for a dashboard,
 * marked updating) or the computed one. In the background, a table found current (an
 * export made it meanwhile) is left as it is, unaudited.
 */
async function release(ctx: AppContext, r: ResolvedRequest, mode: Mode): Promise<Outcome> {
  const now = ctx.now();
  const { resolved, key, requestKey, request } = r;
  return ctx.db.transaction(async (tx) => {
    const ledger = new DatabaseReleaseLedger(
      tx,
      resolved.municipalityId,
      now,
      ctx.ledgerMemberships,
    );
    await ledger.lockAudience(key);
    const dataVersion = await currentDataVersion(tx, resolved.municipalityId, request.period);
    const cacheKey = { audienceKey: key, requestKey, dataVersion };
    const cached = await findCachedRelease(tx, cacheKey);
    const updating = cached !== null && cached.dataVersion !== dataVersion;
    if (cached && !updating && mode === 'background') {
      return { table: cached.table, dataVersion, updating };
    }
    // Only a view shows the previous release; the background step is there to replace it.
    const showPrevious =
      mode === 'view' &&
      updating &&
      request.whileUpdating !== undefined &&
      !ctx.tableUpdates.failed(updateKeyOf(r), dataVersion);
    // Shown again: it was released to this audience, so showing it tells nothing new.
    if (cached && (!updating || showPrevious)) {
      const audit = auditOf(r, cached.releaseId, {
        shownAgain: true,
        ...(updating ? { updating } : {}),
      });
      await recordAudit(tx, { action: 'statistics.released', ...audit }, now);
      return { table: cached.table, dataVersion, updating };
    }
    return computeRelease(ctx, tx, ledger, r, cacheKey, mode);
  });
}

const updateKeyOf = (r: ResolvedRequest) => `${r.key} ${r.requestKey}`;

/** The background step: the current table computed while a dashboard shows the previous one. */
function updateInBackground(ctx: AppContext, r: ResolvedRequest, dataVersion: number): void {
  const { onError } = r.request.whileUpdating!;
  ctx.tableUpdates.start(updateKeyOf(r), dataVersion, async () => {
    try {
      const outcome = await release(ctx, r, 'background');
      if ('refused' in outcome) {
        throw new AppError('STATISTICS_RELEASE_REFUSED', { detail: outcome.refused });
      }
    } catch (error) {
      onError(error);
      throw error;
    }
  });
}

/**
 * THE way statistics leave the server, for every audience, screen, export and report:
 * each cell's persons listed in SQL and counted distinct, protected by the disclosure
 * engine (k of the municipality, complement rule against the known headcount,
 * complementary suppression checked by the exact attacker), then judged against
 * everything this audience was shown before: a group differing from an earlier one by
 * 1..k−1 persons is hidden as well (protectAgainstLedger), and the table's population
 * with every earlier one (auditAgainstHistory); if that cannot resolve it the release is
 * refused with STATISTICS_RELEASE_REFUSED (audited, nothing shown). An accepted release
 * is recorded in the persistent ledger and the history and audited, all in one
 * transaction under a lock on the audience. The same table asked again by the same
 * audience on unchanged data (data version, see release-cache.repository.ts) is shown
 * again as released, audited, without recomputing; on changed data too when the caller
 * allows it (`whileUpdating`), while the current one is computed in the background.
 */
export async function queryProtectedTable(
  ctx: AppContext,
  request: ProtectedTableRequest,
): Promise<TProtectedTable> {
  const r = await resolveRequest(ctx, request);
  const outcome = await release(ctx, r, 'view');
  if ('refused' in outcome) {
    throw new AppError('STATISTICS_RELEASE_REFUSED', { detail: outcome.refused });
  }
  const { table, updating } = outcome;
  if (updating && request.whileUpdating) updateInBackground(ctx, r, outcome.dataVersion);
  const [rowDimension, columnDimension = null] = request.dimensions;
  return {
    audience: request.audience,
    scope: r.resolved.scope,
    minimumGroupSize: r.resolved.k,
    period: { from: request.period.from, to: request.period.to },
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
