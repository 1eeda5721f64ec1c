import type { TVacancyTable } from '@yorisoi/shared';
import { excelCsv } from './csv-records.ts';

const fullWidthDigit = (n: number) => String.fromCharCode(0xff10 + n);

/**
 * The vacancy table in the layout cities already publish (横浜市: 施設・事業名, 施設番号,
 * ０歳児 … ５歳児, 合計, 更新日), counts or symbols as the city shows them; a class with
 * nothing stated is "-".
 */
export function exportVacancyCsv(table: TVacancyTable): string {
  const header = [
    '施設・事業名',
    '施設番号',
    ...[0, 1, 2, 3, 4, 5].map((n) => `${fullWidthDigit(n)}歳児`),
    '合計',
    '更新日',
  ];
  const rows = table.rows.map((row) => [
    row.name,
    row.sourceId,
    ...row.classes.map((c) =>
      table.display === 'counts' ? (c.count === null ? '-' : String(c.count)) : (c.symbol ?? '-'),
    ),
    row.total === null ? '' : String(row.total),
    row.updatedAt ? row.updatedAt.slice(0, 10) : '',
  ]);
  return excelCsv([header, ...rows]);
}
