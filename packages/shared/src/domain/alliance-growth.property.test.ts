import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allianceGrowth, fiscalYearOfDate, type MembershipSpan } from './alliance-growth.ts';

const day = fc
  .date({
    min: new Date('2015-01-01T00:00:00Z'),
    max: new Date('2026-12-07T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const span: fc.Arbitrary<MembershipSpan> = fc
  .tuple(day, fc.option(day, { nil: null }))
  .map(([a, b]) =>
    b === null || b >= a ? { joinedOn: a, leftOn: b } : { joinedOn: b, leftOn: a },
  );
const today = '2026-12-07';

describe('allianceGrowth', () => {
  it('moves each year by exactly those who joined and left in it', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 60 }), day, (spans, foundedOn) => {
        const years = allianceGrowth(spans, { foundedOn, today });
        let previous = 0;
        for (const year of years) {
          expect(year.members).toBe(previous + year.joined - year.left);
          previous = year.members;
        }
      }),
    );
  });

  it('ends with the members of today and covers every year without a gap', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 60 }), day, (spans, foundedOn) => {
        const years = allianceGrowth(spans, { foundedOn, today });
        const current = spans.filter(
          (s) => s.joinedOn <= today && (s.leftOn === null || s.leftOn > today),
        ).length;
        expect(years.at(-1)).toMatchObject({ fiscalYear: 2026, members: current });
        years.forEach((y, i) => expect(y.fiscalYear).toBe(years[0]!.fiscalYear + i));
        expect(years[0]!.fiscalYear).toBeLessThanOrEqual(fiscalYearOfDate(foundedOn));
      }),
    );
  });

  it('reads 年度 from April: 31 March belongs to the year before', () => {
    expect(fiscalYearOfDate('2021-03-31')).toBe(2020);
    expect(fiscalYearOfDate('2021-04-01')).toBe(2021);
    const years = allianceGrowth(
      [
        { joinedOn: '2017-06-01', leftOn: null },
        { joinedOn: '2018-03-31', leftOn: '2019-04-01' },
      ],
      { foundedOn: '2017-04-01', today: '2019-05-01' },
    );
    expect(years.map((y) => y.members)).toEqual([2, 2, 1]);
  });
});
