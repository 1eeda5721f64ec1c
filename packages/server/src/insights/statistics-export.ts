import writeXlsxFile from 'write-excel-file/node';
import type { AppContext } from '../app/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { gridAsCsv } from '../platform/csv/write-csv.ts';
import { queryProtectedTable, type ProtectedTableRequest } from './statistics.service.ts';
import {
  hiddenCountLabel,
  statisticsCategoryLabel,
  statisticsDimensionLabels,
  type TLocale,
  type TProtectedTable,
} from '@yorisoi/shared';

type Sheet = (string | number)[][];

/**
 * The protected table as a grid people read: labelled rows and columns, totals, and every
 * hidden count written as "not published (fewer than k)". Built from the published table
 * only, so an export can hold nothing the screen did not show.
 */
export function tableAsGrid(table: TProtectedTable, locale: TLocale): Sheet {
  const shown = (v: number | null) =>
    v === null ? hiddenCountLabel(table.minimumGroupSize, locale) : v;
  const total = locale === 'ja' ? '合計（実人数）' : 'Total (distinct persons)';
  const rowLabel = (code: string) => statisticsCategoryLabel(table.rowDimension, code, locale);
  const corner = statisticsDimensionLabels[table.rowDimension][locale];
  if (table.columns === null || table.columnDimension === null) {
    return [
      [corner, locale === 'ja' ? '人数' : 'Persons'],
      ...table.rows.map((code, r) => [rowLabel(code), shown(table.cells[r]![0]!)]),
      [total, shown(table.total)],
    ];
  }
  const dimension = table.columnDimension;
  return [
    [
      corner,
      ...table.columns.map((code) => statisticsCategoryLabel(dimension, code, locale)),
      total,
    ],
    ...table.rows.map((code, r) => [
      rowLabel(code),
      ...table.cells[r]!.map(shown),
      shown(table.rowTotals?.[r] ?? null),
    ]),
    [total, ...(table.columnTotals ?? []).map(shown), shown(table.total)],
  ];
}

export function tableAsCsv(table: TProtectedTable, locale: TLocale): Buffer {
  return gridAsCsv(tableAsGrid(table, locale));
}

export async function tableAsXlsx(table: TProtectedTable, locale: TLocale): Promise<Buffer> {
  const grid = tableAsGrid(table, locale);
  return writeXlsxFile(
    grid.map((row, r) =>
      row.map((value) =>
        typeof value === 'number'
          ? { value, type: Number }
          : { value, type: String, fontWeight: r === 0 ? ('bold' as const) : undefined },
      ),
    ),
    { sheet: locale === 'ja' ? '集計' : 'Statistics' },
  ).toBuffer();
}

const mediaTypes = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * A download of exactly what queryProtectedTable publishes (same release, same ledger,
 * same refusal), in the actor's language; the download itself is audited too.
 */
export async function exportProtectedTable(
  ctx: AppContext,
  request: ProtectedTableRequest & { format: 'csv' | 'xlsx' },
) {
  const table = await queryProtectedTable(ctx, request);
  const locale = request.actor.locale;
  const content =
    request.format === 'csv' ? tableAsCsv(table, locale) : await tableAsXlsx(table, locale);
  const now = ctx.now();
  await ctx.db.transaction((tx) =>
    recordAudit(
      tx,
      {
        action: 'statistics.exported',
        municipalityId: request.actor.municipalityId,
        actor: request.actor,
        detail: {
          audience: request.audience,
          rows: table.rowDimension,
          columns: table.columnDimension,
          from: table.period.from,
          to: table.period.to,
          format: request.format,
        },
      },
      now,
    ),
  );
  const name = [table.rowDimension, table.columnDimension, table.period.from, table.period.to]
    .filter((part) => part !== null)
    .join('_');
  return {
    content,
    mediaType: mediaTypes[request.format],
    fileName: `yorisoi-statistics_${name}.${request.format}`,
  };
}
