import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { japanInstant } from './japan-time.ts';
import {
  clockMinutes,
  poolAgreementProblem,
  poolCoverageByHour,
  poolNightAt,
  poolOpenAt,
  poolWindowsOverlap,
  type PoolWindow,
} from './night-pool.ts';

const night: PoolWindow = {
  startsMinute: 22 * 60,
  endsMinute: 8 * 60,
  startDate: '2026-12-01',
  endDate: '2026-12-31',
};
const good = {
  startsAt: '22:00',
  endsAt: '08:00',
  startDate: '2026-12-01',
  endDate: '2026-12-31',
  memberIds: ['a', 'b'],
  licences: ['nurse'],
};

describe('pool hours', () => {
  it('reads clock times and refuses anything else', () => {
    expect(clockMinutes('22:00')).toBe(1320);
    expect(clockMinutes('00:00')).toBe(0);
    for (const bad of ['24:00', '7:00', '22:60', '', '22:00:00', 'ab:cd']) {
      expect(clockMinutes(bad)).toBeNull();
    }
  });

  it('gives 3 a.m. to the night that opened the evening before', () => {
    expect(poolNightAt(night, japanInstant('2026-12-08', '03:00'))).toBe('2026-12-07');
    expect(poolNightAt(night, japanInstant('2026-12-07', '22:00'))).toBe('2026-12-07');
    expect(poolNightAt(night, japanInstant('2026-12-08', '08:00'))).toBeNull();
    expect(poolNightAt(night, japanInstant('2026-12-08', '12:00'))).toBeNull();
  });

  it('is open on the morning after its last night, not on the evening after it', () => {
    expect(poolOpenAt(night, japanInstant('2027-01-01', '03:00'))).toBe(true);
    expect(poolOpenAt(night, japanInstant('2027-01-01', '22:00'))).toBe(false);
    expect(poolOpenAt(night, japanInstant('2026-12-01', '03:00'))).toBe(false);
  });

  it('finds the hours of two agreements that meet, across midnight too', () => {
    const early = { ...night, startsMinute: 60, endsMinute: 5 * 60 };
    expect(poolWindowsOverlap(night, early)).toBe(true);
    const day = { ...night, startsMinute: 9 * 60, endsMinute: 17 * 60 };
    expect(poolWindowsOverlap(night, day)).toBe(false);
    const january = { ...night, startDate: '2027-01-02', endDate: '2027-01-31' };
    expect(poolWindowsOverlap(night, january)).toBe(false);
    // The morning of 1 January still belongs to the night of 31 December.
    const newYear = { ...early, startDate: '2027-01-01', endDate: '2027-01-31' };
    expect(poolWindowsOverlap(night, newYear)).toBe(true);
  });

  it('overlap is what the clock says: some minute is open under both', () => {
    const window = fc.record({
      startsMinute: fc.integer({ min: 0, max: 47 }).map((n) => n * 30),
      endsMinute: fc.integer({ min: 0, max: 47 }).map((n) => n * 30),
      startDate: fc.constantFrom('2026-12-01', '2026-12-03'),
      endDate: fc.constantFrom('2026-12-03', '2026-12-05'),
    });
    fc.assert(
      fc.property(window, window, (a, b) => {
        fc.pre(a.startsMinute !== a.endsMinute && b.startsMinute !== b.endsMinute);
        let both = false;
        const from = japanInstant('2026-11-30', '00:00').getTime();
        for (let t = from; t < from + 8 * 86_400_000; t += 30 * 60_000) {
          const at = new Date(t);
          if (poolOpenAt(a, at) && poolOpenAt(b, at)) both = true;
        }
        expect(poolWindowsOverlap(a, b)).toBe(both);
      }),
    );
  });
});

describe('poolAgreementProblem', () => {
  it('accepts a well formed agreement', () => {
    expect(poolAgreementProblem(good)).toBeNull();
  });

  it('names what is wrong', () => {
    expect(poolAgreementProblem({ ...good, endsAt: '22:00' })).toBe('POOL_HOURS_INVALID');
    expect(poolAgreementProblem({ ...good, startsAt: '25:00' })).toBe('POOL_HOURS_INVALID');
    expect(poolAgreementProblem({ ...good, endDate: '2026-11-30' })).toBe('POOL_DATES_INVALID');
    expect(poolAgreementProblem({ ...good, memberIds: ['a'] })).toBe('POOL_MEMBERS_INVALID');
    expect(poolAgreementProblem({ ...good, memberIds: ['a', 'a'] })).toBe('POOL_MEMBERS_INVALID');
    expect(poolAgreementProblem({ ...good, licences: [] })).toBe('POOL_LICENCES_INVALID');
  });

  it('never accepts hours that are not clock times', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        fc.pre(clockMinutes(text) === null);
        expect(poolAgreementProblem({ ...good, startsAt: text })).toBe('POOL_HOURS_INVALID');
      }),
    );
  });
});

describe('poolCoverageByHour', () => {
  it('counts each person once per hour and flags hours below two', () => {
    const day = japanInstant('2026-12-08', '00:00');
    const at = (time: string) => japanInstant('2026-12-08', time);
    const coverage = poolCoverageByHour(
      [
        { userId: 'x', startsAt: at('00:00'), endsAt: at('04:00') },
        { userId: 'x', startsAt: at('02:00'), endsAt: at('03:00') },
        { userId: 'y', startsAt: at('01:30'), endsAt: at('08:00') },
      ],
      day,
    );
    expect(coverage.slice(0, 5).map((h) => h.people)).toEqual([1, 2, 2, 2, 1]);
    expect(coverage[0]!.belowMinimum).toBe(true);
    expect(coverage[2]!.belowMinimum).toBe(false);
    expect(coverage[23]!.people).toBe(0);
  });
});
