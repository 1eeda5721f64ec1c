import { useTranslation } from 'react-i18next';
import {
  hiddenCountLabel,
  statisticsCategoryLabel,
  statisticsDimensionLabels,
  type TProtectedTable,
} from '@yorisoi/shared';
import { isLocale } from '../../i18n/locale.ts';

/** The published table as an accessible HTML table; hidden counts say why they are hidden. */
export function ProtectedTableView({
  table,
  caption,
  monthLabel,
}: {
  table: TProtectedTable;
  caption: string;
  monthLabel: (month: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'ja';
  const label = (dimension: TProtectedTable['rowDimension'], code: string) =>
    dimension === 'month' ? monthLabel(code) : statisticsCategoryLabel(dimension, code, locale);
  const shown = (v: number | null) =>
    v === null ? (
      <span className="hidden-count">{hiddenCountLabel(table.minimumGroupSize, locale)}</span>
    ) : (
      v.toLocaleString(locale)
    );
  const columns = table.columns;
  const columnDimension = table.columnDimension;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{statisticsDimensionLabels[table.rowDimension][locale]}</th>
            {columns && columnDimension
              ? columns.map((c) => (
                  <th key={c} scope="col" className="numeric">
                    {label(columnDimension, c)}
                  </th>
                ))
              : null}
            <th scope="col" className="numeric">
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
                    <td key={columns[c]} className="numeric">
                      {shown(v)}
                    </td>
                  ))
                : null}
              <td className="numeric">
                {shown(columns ? (table.rowTotals?.[r] ?? null) : table.cells[r]![0]!)}
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('statistics.total')}</th>
            {columns
              ? (table.columnTotals ?? []).map((v, c) => (
                  <td key={columns[c]} className="numeric">
                    {shown(v)}
                  </td>
                ))
              : null}
            <td className="numeric">{shown(table.total)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
