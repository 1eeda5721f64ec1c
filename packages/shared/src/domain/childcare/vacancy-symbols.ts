/**
 * The scale many cities publish instead of counts (前橋市 and others): ◎ 5 or more,
 * ○ 3–4, △ 1–2, × none. A class with no figure stated has no symbol.
 */
export type VacancySymbol = '◎' | '○' | '△' | '×';

export function vacancySymbolOf(count: number | null): VacancySymbol | null {
  if (count === null) return null;
  if (count >= 5) return '◎';
  if (count >= 3) return '○';
  if (count >= 1) return '△';
  return '×';
}

/** The classes of the vacancy table: 0歳児 to 5歳児. */
export const vacancyClassAges = [0, 1, 2, 3, 4, 5] as const;
