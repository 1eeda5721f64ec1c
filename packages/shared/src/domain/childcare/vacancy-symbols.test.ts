import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vacancySymbolOf } from './vacancy-symbols.ts';

const rank = { '×': 0, '△': 1, '○': 2, '◎': 3 } as const;

describe('the ◎○△× scale', () => {
  it('marks 5 or more ◎, 3–4 ○, 1–2 △, none ×, and nothing stated as no symbol', () => {
    expect([0, 1, 2, 3, 4, 5, 40].map(vacancySymbolOf)).toEqual([
      '×',
      '△',
      '△',
      '○',
      '○',
      '◎',
      '◎',
    ]);
    expect(vacancySymbolOf(null)).toBeNull();
  });

  it('never shows fewer places as a better symbol', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(rank[vacancySymbolOf(low)!]).toBeLessThanOrEqual(rank[vacancySymbolOf(high)!]);
      }),
    );
  });
});
