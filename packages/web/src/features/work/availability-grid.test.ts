import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availabilityProblems } from '@yorisoi/shared';
import {
  cellOf,
  cellsOfRanges,
  gridBlocks,
  gridWeekdays,
  rangesOfCells,
  type GridCell,
} from './availability-grid.ts';

const cells = fc
  .subarray(gridWeekdays.flatMap((weekday) => gridBlocks.map((b) => cellOf(weekday, b.key))))
  .map((list) => new Set<GridCell>(list));

describe('the availability grid', () => {
  it('joins a day’s neighbouring cells: Tuesday and Thursday mornings before pick-up', () => {
    const ranges = rangesOfCells(
      new Set([cellOf(2, 'morning'), cellOf(2, 'lunch'), cellOf(4, 'morning')]),
    );
    expect(ranges).toEqual([
      { weekday: 2, from: '09:00', to: '14:00' },
      { weekday: 4, from: '09:00', to: '12:00' },
    ]);
  });

  it('gives back the cells it was given, as ranges the server accepts', () => {
    fc.assert(
      fc.property(cells, (chosen) => {
        const ranges = rangesOfCells(chosen);
        expect(availabilityProblems(ranges)).toEqual([]);
        expect(cellsOfRanges(ranges)).toEqual(chosen);
      }),
    );
  });
});
