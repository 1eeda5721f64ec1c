import { useTranslation } from 'react-i18next';
import {
  cellOf,
  gridBlocks,
  gridWeekdays,
  type GridBlock,
  weekdayKeys,
  type GridCell,
} from './availability-grid.ts';

/**
 * Weekdays across, parts of the day down: each cell a toggle button big enough for a
 * thumb (aria-pressed), so the whole week fits a phone's width without scrolling sideways.
 */
export function AvailabilityGrid({
  cells,
  onChange,
  labelledBy,
  blocks = gridBlocks,
}: {
  cells: ReadonlySet<GridCell>;
  onChange: (cells: Set<GridCell>) => void;
  labelledBy: string;
  /** The parts of the day down the side: nursery hours by default, or the whole day. */
  blocks?: readonly GridBlock[];
}) {
  const { t } = useTranslation();
  const toggle = (cell: GridCell) => {
    const next = new Set(cells);
    if (next.has(cell)) next.delete(cell);
    else next.add(cell);
    onChange(next);
  };
  return (
    <table className="week-grid" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <td />
          {gridWeekdays.map((weekday) => (
            <th key={weekday} scope="col" className={`week-grid__day week-grid__day--${weekday}`}>
              {t(`work.weekdays.${weekdayKeys[weekday]}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {blocks.map((block) => (
          <tr key={block.key}>
            <th scope="row" className="week-grid__block">
              {t(`work.blocks.${block.key}`)}
            </th>
            {gridWeekdays.map((weekday) => {
              const cell = cellOf(weekday, block.key);
              const on = cells.has(cell);
              return (
                <td key={weekday}>
                  <button
                    type="button"
                    className="week-grid__cell"
                    aria-pressed={on}
                    aria-label={`${t(`work.weekdays.${weekdayKeys[weekday]}`)} ${t(`work.blocks.${block.key}`)}`}
                    onClick={() => toggle(cell)}
                  >
                    {on ? '○' : ''}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
