import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageBandOf } from './age-band.ts';
import { ageBands } from './statistics.ts';

describe('ageBandOf', () => {
  it('places ages in ten-year bands by the age reached that year', () => {
    expect(ageBandOf(2007, 2026)).toBe('-19');
    expect(ageBandOf(2006, 2026)).toBe('20-29');
    expect(ageBandOf(1997, 2026)).toBe('20-29');
    expect(ageBandOf(1996, 2026)).toBe('30-39');
    expect(ageBandOf(1967, 2026)).toBe('50-59');
    expect(ageBandOf(1966, 2026)).toBe('60+');
  });

  it('always names one of the statistics categories', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1900, max: 2200 }),
        (born, year) => {
          expect(ageBands).toContain(ageBandOf(born, year));
        },
      ),
    );
  });
});
