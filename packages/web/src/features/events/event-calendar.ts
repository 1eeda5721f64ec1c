import { japanTimeOf } from '@yorisoi/shared';

/** Items by their Japanese calendar day (YYYY-MM-DD), days and items in time order. */
export function groupByDay<T extends { startsAt: string }>(items: readonly T[]): [string, T[]][] {
  const days = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const day = japanTimeOf(item.startsAt).date;
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return [...days.entries()];
}

/**
 * The weeks of a month as a wall calendar shows them, Sunday first: each cell is a day
 * (YYYY-MM-DD) or null before the 1st and after the last day.
 */
export function monthGrid(month: string): (string | null)[][] {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const firstWeekday = new Date(Date.UTC(year, mon - 1, 1)).getUTCDay();
  const length = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  const cells: (string | null)[] = [
    ...Array.from({ length: firstWeekday }, () => null),
    ...Array.from({ length }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`),
  ];
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}
