import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../japan-time.ts';
import { followUpDueOn, followUpsDue } from './follow-ups-due.ts';

const day = fc
  .date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('follow-ups due', () => {
  it('fall due after the start, the six-month one after the one-month one', () => {
    fc.assert(
      fc.property(day, (start) => {
        const one = followUpDueOn(start, 1);
        const six = followUpDueOn(start, 6);
        expect(one > start).toBe(true);
        expect(six > one).toBe(true);
        expect(Number.isNaN(Date.parse(`${six}T00:00:00Z`))).toBe(false);
      }),
    );
  });

  it('once due stay due until recorded, and never before work started', () => {
    fc.assert(
      fc.property(day, day, fc.integer({ min: 0, max: 400 }), (start, today, later) => {
        const state = { startedOn: start, followUp1m: null, followUp6m: null };
        for (const m of followUpsDue(state, today))
          expect(followUpsDue(state, addDays(today, later))).toContain(m);
        expect(followUpsDue({ ...state, startedOn: null }, today)).toEqual([]);
        expect(followUpsDue({ ...state, followUp1m: {}, followUp6m: {} }, today)).toEqual([]);
      }),
    );
  });

  it('keeps the month end: 31 January plus a month is the last day of February', () => {
    expect(followUpDueOn('2027-01-31', 1)).toBe('2027-02-28');
    expect(followUpDueOn('2028-01-31', 1)).toBe('2028-02-29');
    expect(followUpDueOn('2026-12-07', 6)).toBe('2027-06-07');
  });
});
