import { describe, expect, it } from 'vitest';
import { renderMatchReason } from './match-labels.ts';
import { scoreMatch, type MatchOpening, type MatchPerson } from './match-score.ts';
import { checkQualifications, normaliseNurseryTeacherNumber } from './qualifications.ts';
import { availabilityProblems, hoursPerWeekProblem, weekMaskOf } from './weekly-availability.ts';

const skill = (id: string) => ({ s1: '広報', s2: 'デザイン' })[id] ?? id;

const person: MatchPerson = {
  skillIds: ['s1'],
  freeWords: [],
  qualifications: ['nursery_teacher'],
  hoursPerWeekMin: 8,
  hoursPerWeekMax: 12,
  // Tuesday and Thursday 9:00–14:00, collecting the child at 15:00.
  availability: weekMaskOf([
    { weekday: 2, from: '09:00', to: '14:00' },
    { weekday: 4, from: '09:00', to: '14:00' },
  ]),
  remoteOk: true,
  onsiteOk: true,
  home: { lat: 35.1375, lng: 138.9036 },
  maxTravelKm: 10,
  availableFrom: '2027-04-01',
  childcareNeed: 'preferred',
  path: 'own_pace',
};

const opening: MatchOpening = {
  kind: 'job',
  employmentType: 'part_time',
  requiredSkillIds: [],
  niceSkillIds: [],
  keywords: [],
  requiredQualifications: ['nursery_teacher'],
  niceQualifications: [],
  hoursPerWeekMin: 6,
  hoursPerWeekMax: 10,
  schedule: weekMaskOf([1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: '08:00', to: '12:00' }))),
  workMode: 'onsite',
  place: { lat: 35.14, lng: 138.91 },
  startsOn: '2027-04-01',
  childcareProvided: true,
};

describe('scoreMatch', () => {
  it('says in words why a 保育士 fits a morning part-time post', () => {
    const result = scoreMatch(person, opening);
    if (!result.eligible) throw new Error('expected eligible');
    const words = result.reasons.map((r) => renderMatchReason(r, 'ja', skill));
    expect(words).toContain('週6時間・火木の午前が合います');
    expect(words).toContain('保育士資格あり');
    expect(words).toContain('託児あり');
  });

  it('says a neighbour is within a kilometre, not about 0 km away', () => {
    expect(renderMatchReason({ code: 'nearby', km: 0 }, 'ja', skill)).toBe('自宅から1km以内');
    expect(renderMatchReason({ code: 'nearby', km: 1.1 }, 'ja', skill)).toBe('自宅から約1.1km');
  });

  it('excludes with reasons when the required qualification is missing', () => {
    const result = scoreMatch({ ...person, qualifications: [] }, opening);
    expect(result).toMatchObject({
      eligible: false,
      exclusions: [{ code: 'requiredQualificationMissing', kinds: ['nursery_teacher'] }],
    });
  });
});

describe('bad input', () => {
  it('refuses impossible hours and a range ending before it starts', () => {
    expect(hoursPerWeekProblem(0, 169)).toBe('moreThanAWeek');
    expect(hoursPerWeekProblem(20, 10)).toBe('minAboveMax');
    expect(hoursPerWeekProblem(0, 168)).toBeNull();
    expect(availabilityProblems([{ weekday: 1, from: '15:00', to: '09:00' }])).toEqual([
      { code: 'endBeforeStart', index: 0 },
    ]);
    expect(availabilityProblems([{ weekday: 7, from: '09:15', to: '10:00' }])).toEqual([
      { code: 'weekday', index: 0 },
      { code: 'time', index: 0 },
    ]);
  });

  it('reads a 保育士 登録番号 written in the usual ways and refuses the rest', () => {
    expect(normaliseNurseryTeacherNumber('鹿児島県-012345')).toBe('鹿児島県-012345');
    expect(normaliseNurseryTeacherNumber('静岡 第０１２３４５号')).toBe('静岡県-012345');
    expect(normaliseNurseryTeacherNumber('東京都ー123')).toBe('東京都-123');
    expect(normaliseNurseryTeacherNumber('12345')).toBeNull();
    expect(normaliseNurseryTeacherNumber('京都-1')).toBe('京都府-1');
    expect(normaliseNurseryTeacherNumber('東京都-123456789')).toBeNull();
    expect(
      checkQualifications([{ kind: 'nurse', registrationNumber: '東京都-1' }]).problems,
    ).toEqual([{ code: 'numberNotUsed', index: 0 }]);
  });
});
