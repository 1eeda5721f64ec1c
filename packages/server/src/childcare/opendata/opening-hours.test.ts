import { describe, expect, it } from 'vitest';
import { readClock, readWeekdays, readWeeklyHours, weekdaysText } from './opening-hours.ts';

describe('opening hours from open data', () => {
  it.each([
    ['月～金', [1, 2, 3, 4, 5]],
    ['月曜日～土曜日', [1, 2, 3, 4, 5, 6]],
    ['平日', [1, 2, 3, 4, 5]],
    ['毎日', [0, 1, 2, 3, 4, 5, 6]],
    ['火～日（祝日を除く）', [0, 2, 3, 4, 5, 6]],
    ['月,水,金', [1, 3, 5]],
    ['月火水木金土', [1, 2, 3, 4, 5, 6]],
    ['土日祝', [0, 6]],
  ])('reads 「%s」', (written, days) => {
    expect(readWeekdays(written)).toEqual(days);
  });

  it('reads clock times as written and refuses what is not one', () => {
    expect(['7:00', '07:30', '７時３０分', '19時', '1830', '24:00'].map(readClock)).toEqual([
      420, 450, 450, 1140, 1110, 1440,
    ]);
    expect(['', '夕方', '25:00', '7:75'].map(readClock)).toEqual([null, null, null, null]);
  });

  it('leaves every day unknown when days or times cannot be read, never open by guess', () => {
    expect(readWeeklyHours('応相談', '7:00', '19:00').opens).toEqual(Array(7).fill(null));
    expect(readWeeklyHours('月～金', '19:00', '7:00').opens).toEqual(Array(7).fill(null));
    const hours = readWeeklyHours('月～金', '7:00', '19:00');
    expect(weekdaysText(hours)).toBe('月～金');
    expect(readWeeklyHours(weekdaysText(hours), '7:00', '19:00')).toEqual(hours);
  });
});
