/**
 * The week as a parent fills it in on a phone: a grid of weekdays × parts of the day cut
 * around nursery hours (drop-off, the morning, lunch, the afternoon until pick-up, the
 * evening). A tap marks a cell; saving turns the cells into the weekly ranges the server
 * stores, neighbouring cells of a day joined into one range.
 */
import type { WeeklyRange } from '@yorisoi/shared';

export const gridBlocks = [
  { key: 'early', from: '07:00', to: '09:00' },
  { key: 'morning', from: '09:00', to: '12:00' },
  { key: 'lunch', from: '12:00', to: '14:00' },
  { key: 'afternoon', from: '14:00', to: '17:00' },
  { key: 'evening', from: '17:00', to: '19:00' },
  { key: 'night', from: '19:00', to: '22:00' },
] as const;
/**
 * The whole day of a 24-hour service (the care team): nights and small hours count. A
 * night shift that runs past midnight is the evening of one day and the small hours of
 * the next, as the roster writes it.
 */
export const careGridBlocks = [
  { key: 'smallHours', from: '00:00', to: '07:00' },
  { key: 'careMorning', from: '07:00', to: '12:00' },
  { key: 'careAfternoon', from: '12:00', to: '17:00' },
  { key: 'careEvening', from: '17:00', to: '22:00' },
  { key: 'lateNight', from: '22:00', to: '24:00' },
] as const;
export type GridBlock = (typeof gridBlocks)[number] | (typeof careGridBlocks)[number];
export type GridBlockKey = GridBlock['key'];

/** Monday first, as a Japanese week is written on a form; 0 = Sunday as the server counts. */
export const gridWeekdays = [1, 2, 3, 4, 5, 6, 0] as const;

/** The message key of a weekday (0 = Sunday). */
export const weekdayKeys = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** A cell: `weekday:block`. */
export type GridCell = `${number}:${GridBlockKey}`;

export const cellOf = (weekday: number, block: GridBlockKey): GridCell => `${weekday}:${block}`;

export function rangesOfCells(
  cells: ReadonlySet<GridCell>,
  blocks: readonly GridBlock[] = gridBlocks,
): WeeklyRange[] {
  const ranges: WeeklyRange[] = [];
  for (const weekday of [0, 1, 2, 3, 4, 5, 6]) {
    let open: WeeklyRange | null = null;
    for (const block of blocks) {
      if (!cells.has(cellOf(weekday, block.key))) {
        open = null;
        continue;
      }
      if (open && open.to === block.from) open.to = block.to;
      else {
        open = { weekday, from: block.from, to: block.to };
        ranges.push(open);
      }
    }
  }
  return ranges;
}

const minutes = (time: string) => {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** The cells a saved week covers: a cell counts when its whole block is inside a range. */
export function cellsOfRanges(ranges: readonly WeeklyRange[]): Set<GridCell> {
  const cells = new Set<GridCell>();
  for (const range of ranges) {
    for (const block of gridBlocks) {
      if (minutes(range.from) <= minutes(block.from) && minutes(block.to) <= minutes(range.to))
        cells.add(cellOf(range.weekday, block.key));
    }
  }
  return cells;
}
