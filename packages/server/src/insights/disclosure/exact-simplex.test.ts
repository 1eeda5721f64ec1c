import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  InfeasibleProgramError,
  PrecisionExceededError,
  variableRanges,
  type LinearConstraint,
} from './exact-simplex.ts';

const eq = (terms: [number, number][], rhs: number): LinearConstraint => ({
  terms,
  relation: '=',
  rhs,
});
const le = (terms: [number, number][], rhs: number): LinearConstraint => ({
  terms,
  relation: '<=',
  rhs,
});

describe('exact simplex ranges', () => {
  it.each([
    {
      name: 'x + y = 5',
      constraints: [
        eq(
          [
            [0, 1],
            [1, 1],
          ],
          5,
        ),
      ],
      ranges: [
        { min: 0, max: 5 },
        { min: 0, max: 5 },
      ],
    },
    {
      name: 'x + y = 5, x ≤ 2',
      constraints: [
        eq(
          [
            [0, 1],
            [1, 1],
          ],
          5,
        ),
        le([[0, 1]], 2),
      ],
      ranges: [
        { min: 0, max: 2 },
        { min: 3, max: 5 },
      ],
    },
    {
      name: 'x − y = 0 (unbounded)',
      constraints: [
        eq(
          [
            [0, 1],
            [1, -1],
          ],
          0,
        ),
      ],
      ranges: [
        { min: 0, max: Infinity },
        { min: 0, max: Infinity },
      ],
    },
    {
      name: 'a ≥ 4 written as −a ≤ −4, a + b ≤ 9',
      constraints: [
        le([[0, -1]], -4),
        le(
          [
            [0, 1],
            [1, 1],
          ],
          9,
        ),
      ],
      ranges: [
        { min: 4, max: 9 },
        { min: 0, max: 5 },
      ],
    },
    {
      name: 'redundant equalities',
      constraints: [
        eq(
          [
            [0, 1],
            [1, 1],
          ],
          6,
        ),
        eq(
          [
            [0, 2],
            [1, 2],
          ],
          12,
        ),
        eq([[0, 1]], 4),
      ],
      ranges: [
        { min: 4, max: 4 },
        { min: 2, max: 2 },
      ],
    },
    {
      name: '2x = 7 rounds inwards',
      constraints: [
        eq([[0, 2]], 7),
        le(
          [
            [0, 1],
            [1, 1],
          ],
          10,
        ),
      ],
      ranges: [
        { min: 4, max: 3 },
        { min: 0, max: 6 },
      ],
    },
  ])('$name', ({ constraints, ranges }) => {
    const result = variableRanges(
      { variableCount: ranges.length, constraints },
      ranges.map((_, i) => i),
    );
    expect(ranges.map((_, i) => result.get(i))).toEqual(ranges);
  });

  it('reports an infeasible program', () => {
    expect(() =>
      variableRanges({ variableCount: 1, constraints: [eq([[0, 1]], 3), le([[0, 1]], 2)] }, [0]),
    ).toThrow(InfeasibleProgramError);
  });

  it('refuses to answer rather than answer inexactly beyond 2^53', () => {
    const huge = 2 ** 53;
    expect(() =>
      variableRanges({ variableCount: 1, constraints: [le([[0, 1]], huge)] }, [0]),
    ).toThrow(PrecisionExceededError);
    // Products beyond the range while pivoting, from coefficients and bounds within it.
    const big = 2 ** 30;
    expect(() =>
      variableRanges(
        {
          variableCount: 2,
          constraints: [
            le(
              [
                [0, big],
                [1, 3],
              ],
              big * 4,
            ),
            le(
              [
                [0, 3],
                [1, big + 1],
              ],
              big * 5,
            ),
          ],
        },
        [0, 1],
      ),
    ).toThrow(PrecisionExceededError);
  });

  // A 2×2 table with margins is totally unimodular: LP ranges equal the integer ranges.
  it('agrees with enumeration on hidden 2×2 tables with margins', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 4, maxLength: 4 }),
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        (cells, hiddenFlags) => {
          const [a, b, c, d] = cells as [number, number, number, number];
          const margins = [a + b, c + d, a + c, b + d];
          const hidden = hiddenFlags.flatMap((h, i) => (h ? [i] : []));
          const variable = new Map(hidden.map((cell, v) => [cell, v]));
          const lines = [
            [0, 1],
            [2, 3],
            [0, 2],
            [1, 3],
          ];
          const constraints: LinearConstraint[] = [];
          lines.forEach((line, i) => {
            const terms: [number, number][] = [];
            let rhs = margins[i]!;
            for (const cell of line) {
              if (variable.has(cell)) terms.push([variable.get(cell)!, 1]);
              else rhs -= cells[cell]!;
            }
            if (terms.length > 0) constraints.push(eq(terms, rhs));
          });
          const lp = variableRanges(
            { variableCount: hidden.length, constraints },
            hidden.map((_, v) => v),
          );
          const total = margins[0]! + margins[1]!;
          const solutions: number[][] = [];
          const enumerate = (prefix: number[]) => {
            if (prefix.length === hidden.length) {
              const full = [...cells];
              hidden.forEach((cell, v) => (full[cell] = prefix[v]!));
              const ok = lines.every(
                (line, i) => line.reduce((s, x) => s + full[x]!, 0) === margins[i],
              );
              if (ok) solutions.push(prefix);
              return;
            }
            for (let value = 0; value <= total; value++) enumerate([...prefix, value]);
          };
          enumerate([]);
          hidden.forEach((_, v) => {
            const values = solutions.map((s) => s[v]!);
            expect(lp.get(v)).toEqual({ min: Math.min(...values), max: Math.max(...values) });
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
