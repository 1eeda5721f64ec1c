import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  awaitsPerson,
  canStaffMove,
  companyMayRead,
  staffIntroductionSteps,
  type IntroductionStatus,
} from './introduction-status.ts';

describe('introduction steps', () => {
  it('never let staff alone take a proposal to where a company reads it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...staffIntroductionSteps), { maxLength: 8 }),
        (steps) => {
          let status: IntroductionStatus = 'proposed';
          for (const step of steps) if (canStaffMove(status, step)) status = step;
          expect(status).toBe('proposed');
          expect(companyMayRead(status)).toBe(false);
        },
      ),
    );
  });

  it('leave only a proposal to the person, and hide a declined one from the company', () => {
    expect(awaitsPerson('proposed')).toBe(true);
    expect(awaitsPerson('accepted')).toBe(false);
    expect(companyMayRead('declined')).toBe(false);
    expect(companyMayRead('accepted')).toBe(true);
  });
});
