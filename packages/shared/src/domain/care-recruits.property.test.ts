import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkRecruitInterest,
  normaliseLicenceNumber,
  recruitPath,
  recruitStages,
  stageRefusal,
  type RecruitInterestInput,
} from './care-recruits.ts';

const valid: RecruitInterestInput = {
  name: '看護 花子',
  email: 'hanako@example.jp',
  phone: '',
  licenceType: 'nurse',
  licenceNumber: '',
  yearsSincePractice: 2,
  availability: [{ weekday: 6, from: '22:00', to: '24:00' }],
  hoursPerWeekMin: 2,
  hoursPerWeekMax: 8,
  remoteOk: true,
  onsiteOk: false,
  childcareNeed: 'none',
  contactConsent: true,
};
const accepted = ['nurse', 'public_health_nurse', 'midwife'] as const;

describe('a licensed resident’s interest', () => {
  it('accepts a complete form and refuses one without consent, whatever else it holds', () => {
    expect(checkRecruitInterest(valid, accepted)).toEqual([]);
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: -5, max: 80 }), (number, years) => {
        const problems = checkRecruitInterest(
          { ...valid, licenceNumber: number, yearsSincePractice: years, contactConsent: false },
          accepted,
        );
        expect(problems).toContainEqual({ field: 'contactConsent', problem: 'consent_required' });
      }),
    );
  });

  it('takes a licence number only when it is 4–10 digits once written plainly', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 14 }), (text) => {
        const digits = normaliseLicenceNumber(text);
        if (digits !== null) expect(digits).toMatch(/^\d{4,10}$/);
        const problems = checkRecruitInterest({ ...valid, licenceNumber: text }, accepted);
        const refused = problems.some((p) => p.field === 'licenceNumber');
        expect(refused).toBe(text.trim() !== '' && digits === null);
      }),
    );
    expect(normaliseLicenceNumber('第１２３４５６号')).toBe('123456');
    expect(normaliseLicenceNumber('12-34AB')).toBeNull();
  });

  it('refuses a licence the municipality has not accepted', () => {
    expect(checkRecruitInterest({ ...valid, licenceType: 'assistant_nurse' }, accepted)).toEqual([
      { field: 'licenceType', problem: 'licence_type_not_accepted' },
    ]);
  });
});

describe('the path to the roster', () => {
  const stage = fc.constantFrom(...recruitStages);
  it('moves one step forward, never certifies an unverified licence, never reopens', () => {
    fc.assert(
      fc.property(stage, stage, fc.boolean(), (from, to, verified) => {
        const refusal = stageRefusal(from, to, verified);
        if (from === 'rostered' || from === 'withdrawn') expect(refusal).toBe('already_closed');
        else if (to === 'withdrawn') expect(refusal).toBeNull();
        else if (recruitPath.indexOf(to) !== recruitPath.indexOf(from) + 1)
          expect(refusal).toBe('not_next_step');
        else if (to === 'certified') expect(refusal === null).toBe(verified);
        else expect(refusal).toBeNull();
      }),
    );
  });
});
