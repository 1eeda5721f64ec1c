import type { ReportTableView } from '@yorisoi/shared';
import { formatNumber } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { HiddenMark, HiddenNote } from '../../ui/HiddenMark.tsx';

const rowHeight = 22;
const labelWidth = 180;
const barWidth = 300;

/**
 * A released table as a publication prints it: horizontal bars drawn as inline SVG (hidden
 * from screen readers, who read the table under it), a hidden count as 「—」 with no bar,
 * and one footnote under a table that has hidden counts.
 */
export function ReportTableFigure({ table, k }: { table: ReportTableView; k: number }) {
  const locale = currentLocale();
  const max = Math.max(1, ...table.counts.map((c) => c ?? 0));
  const height = table.rows.length * rowHeight;
  const hasHidden = table.counts.some((c) => c === null);
  return (
    <figure className="report-figure">
      <figcaption className="report-figure__caption">{table.label}</figcaption>
      <svg
        className="report-figure__chart"
        viewBox={`0 0 ${labelWidth + barWidth + 60} ${height}`}
        aria-hidden="true"
        role="presentation"
      >
        {table.rows.map((row, i) => {
          const count = table.counts[i] ?? null;
          const y = i * rowHeight;
          return (
            <g key={i}>
              <text x={labelWidth - 8} y={y + 15} textAnchor="end" className="report-figure__label">
                {row.length > 14 ? `${row.slice(0, 13)}…` : row}
              </text>
              {count !== null && count > 0 ? (
                <rect
                  x={labelWidth}
                  y={y + 4}
                  width={(barWidth * count) / max}
                  height={rowHeight - 8}
                  className="report-figure__bar"
                />
              ) : null}
              <text
                x={labelWidth + (count ? (barWidth * count) / max : 0) + 6}
                y={y + 15}
                className="report-figure__value"
              >
                {count === null ? '—' : formatNumber(count, locale)}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="data-table report-figure__table">
        <tbody>
          {table.rows.map((row, i) => {
            const count = table.counts[i] ?? null;
            return (
              <tr key={i}>
                <th scope="row">{row}</th>
                <td className="numeric">
                  {count === null ? <HiddenMark /> : formatNumber(count, locale)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {hasHidden ? <HiddenNote k={formatNumber(k, locale)} /> : null}
    </figure>
  );
}
