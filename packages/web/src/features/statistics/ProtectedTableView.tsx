import { useTranslation } from 'react-i18next';
import {
  statisticsDimensionLabels,
  type StatisticsDimension,
  type TProtectedTable,
} from '@yorisoi/shared';
import { isLocale } from '../../i18n/locale.ts';
import { HiddenMark, HiddenNote } from '../../ui/HiddenMark.tsx';

/** Whether disclosure control hid any count of the table (cells or totals). */
export function hasHidden(table: TProtectedTable): boolean {
  return [...table.cells.flat(), ...(table.rowTotals ?? []), ...(table.columnTotals ?? [])]
    .concat(table.total)
    .includes(null);
}

/** The published table as an accessible HTML table; hidden counts are 「—」 with one footnote. */
export function ProtectedTableView({
  table,
  caption,
  label,
}: {
  table: TProtectedTable;
  caption: string;
  label: (dimension: StatisticsDimension, code: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'ja';
  const shown = (v: number | null) => (v === null ? <HiddenMark /> : v.toLocaleString(locale));
  const columns = table.columns;
  const columnDimension = table.columnDimension;
  return (
    <>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
        <table className="table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{statisticsDimensionLabels[table.rowDimension][locale]}</th>
              {columns && columnDimension
                ? columns.map((c) => (
                    <th key={c} scope="col" className="table__numeric">
                      {label(columnDimension, c)}
                    </th>
                  ))
                : null}
              <th scope="col" className="table__numeric">
                {columns ? t('statistics.total') : t('statistics.persons')}
              </th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={row}>
                <th scope="row">{label(table.rowDimension, row)}</th>
                {columns
                  ? table.cells[r]!.map((v, c) => (
                      <td key={columns[c]} className="table__numeric">
                        {shown(v)}
                      </td>
                    ))
                  : null}
                <td className="table__numeric">
                  {shown(columns ? (table.rowTotals?.[r] ?? null) : table.cells[r]![0]!)}
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('statistics.total')}</th>
              {columns
                ? (table.columnTotals ?? []).map((v, c) => (
                    <td key={columns[c]} className="table__numeric">
                      {shown(v)}
                    </td>
                  ))
                : null}
              <td className="table__numeric">{shown(table.total)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      {hasHidden(table) ? <HiddenNote k={table.minimumGroupSize.toLocaleString(locale)} /> : null}
    </>
  );
}
