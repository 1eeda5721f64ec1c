/**
 * The mayor's measures (市長マニフェスト施策): the city's staff keep them (status, text,
 * section, dated and sourced figures), every change kept as a revision and audited; residents
 * read them by area on the public page without signing in.
 */
import {
  countMeasuresByStatus,
  groupMeasuresByArea,
  japanTimeOf,
  type TIndicatorInput,
  type TMeasure,
  type TMeasureBoard,
  type TMeasureHistory,
  type TMeasureInput,
  type TUpdateMeasureRequest,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findStaffNamesById } from '../audit/audit.repository.ts';
import { requireMunicipalityByCode } from '../municipalities/municipality-by-code.ts';
import { findPublicMunicipalityById } from '../municipalities/public-municipalities.repository.ts';
import type { Db } from '../platform/db/database.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, tenantScope } from '../policy/policy.ts';
import {
  findMeasure,
  insertIndicator,
  insertMeasure,
  insertRevision,
  listIndicatorRows,
  listMeasureRows,
  listRevisionRows,
  saveMeasure,
  type Change,
  type MeasureRow,
  type MeasureValues,
} from './measures.repository.ts';

const measureFields = ['areaNo', 'areaTitle', 'title', 'text', 'ownerSection', 'status'] as const;

async function presentMeasures(db: Db, municipalityId: string, rows: MeasureRow[]) {
  const indicators = await listIndicatorRows(db, {
    municipalityId,
    measureIds: rows.map((r) => r.id),
  });
  return rows.map((row): TMeasure => ({
    id: row.id,
    areaNo: row.areaNo,
    areaTitle: row.areaTitle,
    title: row.title,
    text: row.text,
    ownerSection: row.ownerSection,
    status: row.status as TMeasure['status'],
    updatedAt: row.updatedAt.toISOString(),
    indicators: indicators
      .filter((i) => i.measureId === row.id)
      .map((i) => ({
        id: i.id,
        label: i.label,
        value: i.value,
        unit: i.unit,
        asOf: i.asOf,
        source: i.source,
      })),
  }));
}

async function boardOf(db: Db, municipality: { id: string; name: string }): Promise<TMeasureBoard> {
  const measures = await presentMeasures(
    db,
    municipality.id,
    await listMeasureRows(db, municipality.id),
  );
  return {
    municipalityName: municipality.name,
    areas: groupMeasuresByArea(measures),
    counts: countMeasuresByStatus(measures),
  };
}

async function presentOne(db: Db, municipalityId: string, row: MeasureRow) {
  const [measure] = await presentMeasures(db, municipalityId, [row]);
  return measure!;
}

export async function getPublicMeasures(
  ctx: AppContext,
  { code }: { code: string },
): Promise<TMeasureBoard> {
  return boardOf(ctx.db, await requireMunicipalityByCode(ctx.db, code));
}

export async function listMeasures(
  ctx: AppContext,
  { actor }: { actor: Actor },
): Promise<TMeasureBoard> {
  authorize(actor, 'measure.manage', tenantScope(actor));
  const municipality = await findPublicMunicipalityById(ctx.db, actor.municipalityId!);
  if (!municipality) throw new AppError('NOT_FOUND');
  return boardOf(ctx.db, municipality);
}

const shown = (value: unknown) => (value === null || value === undefined ? '' : String(value));

export async function createMeasure(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: TMeasureInput },
): Promise<TMeasure> {
  authorize(actor, 'measure.manage', tenantScope(actor));
  const municipalityId = actor.municipalityId!;
  const at = ctx.now();
  const row = await ctx.db.transaction(async (tx) => {
    const row = await insertMeasure(tx, { municipalityId, values: input, at });
    const changes = measureFields.map((field) => ({
      field,
      before: '',
      after: shown(input[field]),
    }));
    await insertRevision(tx, {
      municipalityId,
      measureId: row.id,
      actorId: actor.userId,
      kind: 'created',
      changes,
      at,
    });
    await recordAudit(
      tx,
      { action: 'measure.created', municipalityId, actor, target: { type: 'measure', id: row.id } },
      at,
    );
    return row;
  });
  return presentOne(ctx.db, municipalityId, row);
}

/** The fields that really change, each with its value before and after. */
export function changesOf(row: MeasureValues, request: TUpdateMeasureRequest): Change[] {
  return measureFields.flatMap((field) =>
    request[field] === undefined || request[field] === row[field]
      ? []
      : [{ field, before: shown(row[field]), after: shown(request[field]) }],
  );
}

export async function updateMeasure(
  ctx: AppContext,
  {
    actor,
    measureId,
    request,
  }: { actor: Actor; measureId: string; request: TUpdateMeasureRequest },
): Promise<TMeasure> {
  authorize(actor, 'measure.manage', tenantScope(actor));
  const municipalityId = actor.municipalityId!;
  const at = ctx.now();
  const row = await ctx.db.transaction(async (tx) => {
    const current = await findMeasure(tx, { municipalityId, measureId, lock: true });
    if (!current) throw new AppError('MEASURE_NOT_FOUND');
    const changes = changesOf(current, request);
    if (changes.length === 0) throw new AppError('MEASURE_NOTHING_CHANGED');
    const values = Object.fromEntries(
      changes.map((c) => [c.field, request[c.field as keyof TUpdateMeasureRequest]]),
    );
    const row = await saveMeasure(tx, { municipalityId, measureId, values, at });
    await insertRevision(tx, {
      municipalityId,
      measureId,
      actorId: actor.userId,
      kind: 'updated',
      changes,
      at,
    });
    await recordAudit(
      tx,
      {
        action: 'measure.updated',
        municipalityId,
        actor,
        target: { type: 'measure', id: measureId },
        detail: { fields: changes.map((c) => c.field).join(',') },
      },
      at,
    );
    return row;
  });
  return presentOne(ctx.db, municipalityId, row);
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD, not after today in Japan. */
export function checkIndicator(input: TIndicatorInput, today: string) {
  const asOf = input.asOf?.trim() ?? '';
  const valid =
    isoDay.test(asOf) && new Date(`${asOf}T00:00:00Z`).toISOString().slice(0, 10) === asOf;
  if (!valid || asOf > today) throw new AppError('MEASURE_INDICATOR_NEEDS_DATE');
  const source = input.source?.trim() ?? '';
  if (source === '') throw new AppError('MEASURE_INDICATOR_NEEDS_SOURCE');
  return { label: input.label, value: input.value, unit: input.unit, asOf, source };
}

export async function addMeasureIndicator(
  ctx: AppContext,
  { actor, measureId, input }: { actor: Actor; measureId: string; input: TIndicatorInput },
): Promise<TMeasure> {
  authorize(actor, 'measure.manage', tenantScope(actor));
  const municipalityId = actor.municipalityId!;
  const at = ctx.now();
  const values = checkIndicator(input, japanTimeOf(at).date);
  const row = await ctx.db.transaction(async (tx) => {
    const current = await findMeasure(tx, { municipalityId, measureId, lock: true });
    if (!current) throw new AppError('MEASURE_NOT_FOUND');
    await insertIndicator(tx, { municipalityId, measureId, values });
    const after = `${values.label}: ${values.value}${values.unit}（${values.asOf}時点、${values.source}）`;
    await insertRevision(tx, {
      municipalityId,
      measureId,
      actorId: actor.userId,
      kind: 'indicator_added',
      changes: [{ field: 'indicator', before: '', after }],
      at,
    });
    const row = await saveMeasure(tx, { municipalityId, measureId, values: {}, at });
    await recordAudit(
      tx,
      {
        action: 'measure.indicator_added',
        municipalityId,
        actor,
        target: { type: 'measure', id: measureId },
      },
      at,
    );
    return row;
  });
  return presentOne(ctx.db, municipalityId, row);
}

export async function getMeasureHistory(
  ctx: AppContext,
  { actor, measureId }: { actor: Actor; measureId: string },
): Promise<TMeasureHistory> {
  authorize(actor, 'measure.manage', tenantScope(actor));
  const municipalityId = actor.municipalityId!;
  const row = await findMeasure(ctx.db, { municipalityId, measureId });
  if (!row) throw new AppError('MEASURE_NOT_FOUND');
  const revisions = await listRevisionRows(ctx.db, { municipalityId, measureId });
  const names = await findStaffNamesById(
    ctx.db,
    ctx,
    municipalityId,
    revisions.flatMap((r) => (r.actorId ? [r.actorId] : [])),
  );
  return {
    measure: await presentOne(ctx.db, municipalityId, row),
    revisions: revisions.map((r) => ({
      id: r.id,
      changedAt: r.changedAt.toISOString(),
      changedBy: (r.actorId && names.get(r.actorId)) || '',
      kind: r.kind as 'created' | 'updated' | 'indicator_added',
      changes: r.changes,
    })),
  };
}
