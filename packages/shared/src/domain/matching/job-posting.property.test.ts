import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseSalaryOf, jobPostingOf, type JobPostingSource } from './job-posting.ts';
import { employmentTypes, workModes } from './match-score.ts';

const source: fc.Arbitrary<JobPostingSource> = fc
  .record({
    id: fc.uuid(),
    kind: fc.constantFrom('job' as const, 'project' as const),
    employmentType: fc.constantFrom(...employmentTypes),
    title: fc.string({ minLength: 1, maxLength: 40 }),
    description: fc.string({ maxLength: 80 }),
    deliverable: fc.option(fc.string({ minLength: 1, maxLength: 40 }), { nil: null }),
    workMode: fc.constantFrom(...workModes),
    placeLabel: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: null }),
    employerName: fc.string({ minLength: 1, maxLength: 30 }),
    employerLocation: fc.option(fc.string({ minLength: 1, maxLength: 30 }), { nil: null }),
    pay: fc.option(fc.string({ maxLength: 30 }), { nil: null }),
    datePosted: fc.constant('2026-12-01'),
    validThrough: fc.option(fc.constant('2027-01-31'), { nil: null }),
  })
  .map((s) => ({ ...s, employmentType: s.kind === 'job' ? s.employmentType : null }));

const where = { municipalityName: '長泉町', prefecture: '静岡県', url: 'https://example.jp/o/1' };

describe('jobPostingOf', () => {
  it('always carries the fields Google requires, and a place or TELECOMMUTE', () => {
    fc.assert(
      fc.property(source, (s) => {
        const ld = jobPostingOf(s, where);
        expect(ld['@type']).toBe('JobPosting');
        for (const key of ['title', 'description', 'datePosted', 'hiringOrganization'])
          expect(ld[key]).toBeTruthy();
        expect('jobLocation' in ld || ld['jobLocationType'] === 'TELECOMMUTE').toBe(true);
        expect('jobLocation' in ld).toBe(s.workMode !== 'remote');
        expect(ld['jobLocationType'] === 'TELECOMMUTE').toBe(s.workMode !== 'onsite');
        expect('validThrough' in ld).toBe(s.validThrough !== null);
      }),
    );
  });

  it('writes a project as CONTRACTOR and a job by its type', () => {
    fc.assert(
      fc.property(source, (s) => {
        const type = jobPostingOf(s, where)['employmentType'];
        if (s.kind === 'project') expect(type).toBe('CONTRACTOR');
        else expect(type).not.toBe('CONTRACTOR');
      }),
    );
  });
});

describe('baseSalaryOf', () => {
  it('reads the pay as Japanese ads write it', () => {
    expect(baseSalaryOf('時給1,100円')).toEqual({ value: 1100, unit: 'HOUR' });
    expect(baseSalaryOf('時給１，２００円〜')).toEqual({ value: 1200, unit: 'HOUR' });
    expect(baseSalaryOf('月給20万円')).toEqual({ value: 200_000, unit: 'MONTH' });
    expect(baseSalaryOf('報酬：応相談')).toBeNull();
    expect(baseSalaryOf('謝礼 30,000円（プロジェクト全体）')).toBeNull();
    expect(baseSalaryOf(null)).toBeNull();
  });

  it('never throws and never invents a non-positive or unbounded amount', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (pay) => {
        const salary = baseSalaryOf(pay);
        if (salary) {
          expect(salary.value).toBeGreaterThan(0);
          expect(Number.isFinite(salary.value)).toBe(true);
        }
      }),
    );
  });
});
