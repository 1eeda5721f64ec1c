import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  childAgeOn,
  classAgeOf,
  fiscalYearOf,
  reiwaFiscalYearLabel,
  schoolEntryEndOf,
} from './class-age.ts';
import { addDays } from '../japan-time.ts';

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const day = fc
  .integer({ min: Date.UTC(1990, 0, 1) / 864e5, max: Date.UTC(2060, 11, 31) / 864e5 })
  .map((n) => iso(n * 864e5));

describe('nursery class age (クラス年齢)', () => {
  it('puts a child born on 1 April in the older class than one born on 2 April', () => {
    expect(classAgeOf('2024-04-01', 2026)).toBe(2);
    expect(classAgeOf('2024-04-02', 2026)).toBe(1);
    expect(classAgeOf('2025-03-31', 2026)).toBe(1);
    expect(classAgeOf('2025-04-01', 2026)).toBe(1);
    expect(classAgeOf('2025-04-02', 2026)).toBe(0);
  });

  it('for every year: 1 April is a class above 2 April, and the class runs 2 April to 1 April', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2050 }),
        fc.integer({ min: 0, max: 20 }),
        (year, n) => {
          const fy = year + n;
          expect(classAgeOf(`${year}-04-01`, fy)).toBe(classAgeOf(`${year}-04-02`, fy) + 1);
          expect(classAgeOf(`${year}-04-02`, fy)).toBe(classAgeOf(`${year + 1}-04-01`, fy));
        },
      ),
    );
  });

  it('is the completed years on 1 April, counted as the law counts', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 20 }), (birth, n) => {
        const fy = Number(birth.slice(0, 4)) + n;
        const onFirstApril = childAgeOn(birth, `${fy}-04-01`);
        if (!onFirstApril) return;
        expect(classAgeOf(birth, fy)).toBe(onFirstApril.years);
      }),
    );
  });

  it('counts a leap-day child a year older on 1 March of a common year, and as a 28 February child for class', () => {
    expect(childAgeOn('2024-02-29', '2025-02-28')!.years).toBe(0);
    expect(childAgeOn('2024-02-29', '2025-03-01')!.years).toBe(1);
    expect(childAgeOn('2024-02-29', '2028-02-29')!.years).toBe(4);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 12 }), (k, n) => {
        const year = 1992 + 4 * k;
        if (year % 100 === 0 && year % 400 !== 0) return;
        expect(classAgeOf(`${year}-02-29`, year + n)).toBe(classAgeOf(`${year}-02-28`, year + n));
        expect(childAgeOn(`${year}-02-29`, `${year + 1}-03-01`)!.months).toBe(12);
        expect(childAgeOn(`${year}-02-29`, `${year + 1}-02-28`)!.months).toBe(11);
      }),
    );
  });

  it('never counts an age down as days pass, and moves a year only on a birthday', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 7000 }), (birth, n) => {
        const on = addDays(birth, n);
        const a = childAgeOn(birth, on)!;
        const b = childAgeOn(birth, addDays(on, 1))!;
        expect(b.days).toBe(a.days + 1);
        expect(b.months - a.months).toBeGreaterThanOrEqual(0);
        expect(b.months - a.months).toBeLessThanOrEqual(1);
        expect(a.years).toBe(Math.floor(a.months / 12));
      }),
    );
  });

  it('ends 就学前 on 31 March after the sixth birthday', () => {
    expect(schoolEntryEndOf('2020-04-01')).toBe('2026-03-31');
    expect(schoolEntryEndOf('2020-04-02')).toBe('2027-03-31');
    fc.assert(
      fc.property(day, (birth) => {
        const end = schoolEntryEndOf(birth);
        expect(classAgeOf(birth, fiscalYearOf(end))).toBe(5);
        expect(classAgeOf(birth, fiscalYearOf(addDays(end, 1)))).toBe(6);
      }),
    );
  });

  it('names the fiscal year in 令和', () => {
    expect(reiwaFiscalYearLabel(2026).ja).toBe('令和8年度');
    expect(reiwaFiscalYearLabel(2019).ja).toBe('令和元年度');
    expect(fiscalYearOf('2027-03-31')).toBe(2026);
  });

  it('puts a child born during the fiscal year in the 0歳児 class', () => {
    expect(childAgeOn('2026-09-01', '2026-12-07')!.classAge).toBe(0);
    expect(childAgeOn('2026-03-31', '2026-12-07')!.classAge).toBe(0);
    expect(childAgeOn('2026-03-31', '2027-04-01')!.classAge).toBe(1);
  });

  it('has no age before birth or for a day that does not exist', () => {
    expect(childAgeOn('2026-05-01', '2026-04-30')).toBeNull();
    expect(childAgeOn('2025-02-29', '2026-04-30')).toBeNull();
  });
});
