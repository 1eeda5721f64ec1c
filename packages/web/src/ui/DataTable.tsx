import type { ReactNode } from 'react';

export interface Column<Row> {
  key: string;
  header: string;
  render: (row: Row) => ReactNode;
  /** The cell that names the row is a row header, so screen readers announce it per cell. */
  rowHeader?: boolean;
  numeric?: boolean;
}

interface DataTableProps<Row> {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  empty: string;
  testId?: string;
  /**
   * A table too wide to squeeze (a log): it keeps this width and scrolls sideways on a phone.
   * Without it, each row becomes a card on a phone, every value under its column's name.
   */
  minWidth?: string;
}

export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
  testId,
  minWidth,
}: DataTableProps<Row>) {
  if (rows.length === 0) return <p className="empty">{empty}</p>;
  return (
    // The wrapper scrolls on narrow screens; it is focusable so keyboard users can scroll it.
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table
        className={minWidth ? 'table' : 'table table--stack'}
        data-testid={testId}
        style={minWidth ? { minWidth } : undefined}
      >
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={column.numeric ? 'table__numeric' : undefined}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.key} scope="row" data-label={column.header}>
                    {column.render(row)}
                  </th>
                ) : (
                  <td
                    key={column.key}
                    className={column.numeric ? 'table__numeric' : undefined}
                    data-label={column.header}
                  >
                    {column.render(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
