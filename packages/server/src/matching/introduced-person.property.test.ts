import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shareableProfileFields, weekMaskToBits, fullWeek } from '@yorisoi/shared';
import { introducedPersonOf } from './introduced-person.ts';

const textAfter = (prefix: string) =>
  fc.stringMatching(/^[a-z0-9]{6,20}$/).map((s) => `${prefix}${s}`);

describe('what a company reads of an introduced person', () => {
  it('holds nothing of a field the person did not choose to show', () => {
    fc.assert(
      fc.property(
        fc.subarray([...shareableProfileFields]),
        textAfter('経験'),
        textAfter('自由'),
        (shown, experience, freeWord) => {
          const person = introducedPersonOf(
            {
              referenceLabel: 'W-000001',
              shownToCompanies: shown,
              skillIds: ['s1'],
              freeWords: [freeWord],
              experience,
              qualifications: [{ kind: 'nursery_teacher', registrationNumber: '静岡県-012345' }],
              hoursPerWeekMin: 5,
              hoursPerWeekMax: 10,
              availability: weekMaskToBits(fullWeek),
              homeLat: 35.14,
            },
            { skillLabel: () => 'デザイン', areaName: '長泉町' },
          );
          const text = JSON.stringify(person);
          expect(text).not.toContain('012345');
          expect(text.includes(experience)).toBe(shown.includes('experience'));
          expect(text.includes(freeWord)).toBe(shown.includes('skills'));
          expect(person.skills === null).toBe(!shown.includes('skills'));
          expect(person.qualifications === null).toBe(!shown.includes('qualifications'));
          expect(person.hoursPerWeek === null).toBe(!shown.includes('hours'));
          expect(person.availability === null).toBe(!shown.includes('availability'));
          expect(person.area === null).toBe(!shown.includes('area'));
        },
      ),
    );
  });
});
