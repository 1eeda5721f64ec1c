/**
 * The one check an opening passes when posted and when edited: an impossible one is
 * always refused with its own catalog code, and a possible one keeps what was written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TWorkOpeningInput } from '@yorisoi/shared';
import { AppError } from '../platform/errors.ts';
import { checkedOpeningValues } from './work-profiles.service.ts';
import { projectOpening } from '../testing/work-test-people.ts';

const id = '00000000-0000-4000-8000-000000000001';
const base: TWorkOpeningInput = projectOpening(id, {
  employerName: '株式会社わくわく商店（架空）',
  title: 'SNS発信のプロジェクト',
});

function refusal(input: TWorkOpeningInput): string | null {
  try {
    checkedOpeningValues(input);
    return null;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

const halfHours = fc.integer({ min: -40, max: 400 }).map((n) => n / 2);
const day = fc
  .date({ min: new Date('2026-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('an opening’s values', () => {
  it('are refused for hours a week cannot hold, and kept when it can', () => {
    fc.assert(
      fc.property(halfHours, halfHours, (min, max) => {
        const possible = min >= 0 && max <= 168 && min <= max;
        const code = refusal({ ...base, hoursPerWeekMin: min, hoursPerWeekMax: max });
        expect(code).toBe(possible ? null : 'WORK_HOURS_IMPOSSIBLE');
      }),
    );
  });

  it('are refused for a period that ends before it starts', () => {
    fc.assert(
      fc.property(day, day, (start, end) => {
        const code = refusal({ ...base, periodStart: start, periodEnd: end });
        expect(code).toBe(end < start ? 'WORK_PERIOD_INVALID' : null);
      }),
    );
  });

  it('are refused without a title, whatever blank is written', () => {
    const blank = fc
      .array(fc.constantFrom(' ', '　', '\t'), { maxLength: 5 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(blank, (title) => {
        expect(refusal({ ...base, title })).toBe('OPENING_TITLE_REQUIRED');
      }),
    );
  });

  it('need an employment type for a job and none for a project', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('job' as const, 'project' as const),
        fc.constantFrom(null, 'part_time' as const, 'short_hours_regular' as const),
        (kind, employmentType) => {
          const fits = (kind === 'job') === (employmentType !== null);
          expect(refusal({ ...base, kind, employmentType })).toBe(
            fits ? null : 'VALIDATION_FAILED',
          );
        },
      ),
    );
  });
});
