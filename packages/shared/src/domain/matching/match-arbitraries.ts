/**
 * fast-check generators of people and openings over a small skill list, so that tests
 * of the matching rules (here and in the server) draw the same kinds of input.
 */
import fc from 'fast-check';
import { qualificationKinds } from './qualifications.ts';
import {
  childcareNeeds,
  employmentTypes,
  workModes,
  workPaths,
  type MatchOpening,
  type MatchPerson,
} from './match-score.ts';
import { slotsPerWeek, weekMaskFromBits, type WeekMask } from './weekly-availability.ts';

export const testSkillIds = ['s1', 's2', 's3', 's4', 's5', 's6'] as const;

/** Weeks made of a few weekday stretches, as people write them. */
export const weekArbitrary: fc.Arbitrary<WeekMask> = fc
  .array(
    fc.record({
      weekday: fc.integer({ min: 0, max: 6 }),
      start: fc.integer({ min: 0, max: 47 }),
      length: fc.integer({ min: 1, max: 24 }),
    }),
    { maxLength: 10 },
  )
  .map((stretches) => {
    const bits = new Array<string>(slotsPerWeek).fill('0');
    for (const { weekday, start, length } of stretches)
      for (let s = start; s < Math.min(48, start + length); s++) bits[weekday * 48 + s] = '1';
    return weekMaskFromBits(bits.join(''));
  });

/** True three times in four. */
const mostly = fc.constantFrom(true, true, true, false);
const halfHours = (max: number) => fc.integer({ min: 0, max: max * 2 }).map((n) => n / 2);
const point = fc.record({
  lat: fc.double({ min: 31.5, max: 31.8, noNaN: true }),
  lng: fc.double({ min: 130.2, max: 130.6, noNaN: true }),
});
const date = fc
  .integer({ min: 0, max: 365 })
  .map((d) => new Date(Date.UTC(2027, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));

export const personArbitrary: fc.Arbitrary<MatchPerson> = fc
  .record({
    skillIds: fc.subarray([...testSkillIds]),
    freeWords: fc.subarray(['広報', 'デザイン', 'Excel', '経理']),
    qualifications: fc.subarray([...qualificationKinds]),
    hours: fc.tuple(halfHours(40), halfHours(40)),
    availability: weekArbitrary,
    remoteOk: mostly,
    onsiteOk: mostly,
    home: fc.option(point),
    maxTravelKm: fc.option(fc.integer({ min: 1, max: 200 })),
    availableFrom: fc.option(date),
    childcareNeed: fc.constantFrom(...childcareNeeds),
    path: fc.constantFrom(...workPaths),
  })
  .map(({ hours, ...rest }) => ({
    ...rest,
    hoursPerWeekMin: Math.min(...hours),
    hoursPerWeekMax: Math.max(...hours),
  }));

export const openingArbitrary: fc.Arbitrary<MatchOpening> = fc
  .record({
    kind: fc.constantFrom('job' as const, 'project' as const),
    employmentType: fc.constantFrom(...employmentTypes),
    // Position i decides skill s(i+1): required, nice or neither (mostly neither).
    skills: fc.array(fc.constantFrom('required', 'nice', null, null, null), {
      minLength: 6,
      maxLength: 6,
    }),
    keywords: fc.subarray(['広報', 'デザイン', '経理']),
    requiredQualifications: fc.oneof(
      fc.constant([]),
      fc.subarray([...qualificationKinds], { maxLength: 1 }),
    ),
    niceQualifications: fc.subarray([...qualificationKinds], { maxLength: 2 }),
    hours: fc.tuple(halfHours(6), halfHours(30)),
    schedule: weekArbitrary,
    workMode: fc.constantFrom(...workModes),
    place: fc.option(point),
    startsOn: fc.option(date),
    childcareProvided: fc.boolean(),
  })
  .map(({ kind, employmentType, skills, hours, ...rest }) => ({
    ...rest,
    kind,
    employmentType: kind === 'job' ? employmentType : null,
    requiredSkillIds: testSkillIds.filter((_, i) => skills[i] === 'required'),
    niceSkillIds: testSkillIds.filter((_, i) => skills[i] === 'nice'),
    hoursPerWeekMin: Math.min(...hours),
    hoursPerWeekMax: Math.max(...hours),
  }));
