import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openingArbitrary, personArbitrary, weekArbitrary } from './match-arbitraries.ts';
import { matchExclusions, rankMatches, scoreMatch } from './match-score.ts';
import { proposeTeamFrom } from './team.ts';
import {
  hasSlot,
  overlapHours,
  overlapSlots,
  rangesOf,
  slotsPerWeek,
  weekMaskOf,
} from './weekly-availability.ts';

describe('weekly overlap', () => {
  it('is symmetric and counts the half hours both weeks hold, checked slot by slot', () => {
    fc.assert(
      fc.property(weekArbitrary, weekArbitrary, (a, b) => {
        let both = 0;
        for (let s = 0; s < slotsPerWeek; s++) if (hasSlot(a, s) && hasSlot(b, s)) both++;
        expect(overlapSlots(a, b)).toBe(both);
        expect(overlapSlots(b, a)).toBe(both);
        expect(overlapHours(a, b)).toBe(overlapHours(b, a));
      }),
    );
  });

  it('survives a round trip through the ranges people write', () => {
    fc.assert(
      fc.property(weekArbitrary, (a) => {
        expect(weekMaskOf(rangesOf(a))).toEqual(a);
      }),
    );
  });
});

describe('hard requirements', () => {
  it('never rank a person who lacks a required skill or qualification', () => {
    fc.assert(
      fc.property(
        fc.array(personArbitrary, { maxLength: 12 }),
        openingArbitrary,
        (people, opening) => {
          const items = people.map((p, i) => ({ ...p, id: `p${i}` }));
          for (const ranked of rankMatches(items, (p) => scoreMatch(p, opening), 50)) {
            for (const id of opening.requiredSkillIds) expect(ranked.item.skillIds).toContain(id);
            for (const kind of opening.requiredQualifications)
              expect(ranked.item.qualifications).toContain(kind);
            expect(ranked.item.hoursPerWeekMax).toBeGreaterThanOrEqual(opening.hoursPerWeekMin);
            expect(overlapHours(ranked.item.availability, opening.schedule)).toBeGreaterThanOrEqual(
              opening.hoursPerWeekMin,
            );
          }
        },
      ),
    );
  });

  it('exclude exactly when an exclusion is named, and scores stay within 0–100', () => {
    fc.assert(
      fc.property(personArbitrary, openingArbitrary, (person, opening) => {
        const result = scoreMatch(person, opening);
        expect(result.eligible).toBe(matchExclusions(person, opening).length === 0);
        if (result.eligible) {
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(100);
        }
      }),
    );
  });
});

describe('the score', () => {
  it('never changes when fields the rule does not read change', () => {
    fc.assert(
      fc.property(
        personArbitrary,
        openingArbitrary,
        fc.string(),
        fc.string(),
        fc.array(fc.constantFrom('skills', 'hours', 'qualifications', 'availability')),
        (person, opening, label, title, shown) => {
          const before = scoreMatch(person, opening);
          // Names, titles, descriptions, pay and what may be shown to a company are for people.
          const after = scoreMatch(
            { ...person, referenceLabel: label, shownToCompanies: shown } as typeof person,
            { ...opening, title, description: title, pay: label } as typeof opening,
          );
          expect(after).toEqual(before);
        },
      ),
    );
  });

  it('is the same whatever order skills and qualifications are listed in', () => {
    fc.assert(
      fc.property(personArbitrary, openingArbitrary, (person, opening) => {
        const reversed = {
          ...person,
          skillIds: [...person.skillIds].reverse(),
          qualifications: [...person.qualifications].reverse(),
        };
        const a = scoreMatch(person, opening);
        const b = scoreMatch(reversed, opening);
        expect(b.eligible).toBe(a.eligible);
        if (a.eligible && b.eligible) expect(b.score).toBe(a.score);
      }),
    );
  });
});

describe('teams', () => {
  it('have distinct members whose weeks overlap pairwise by the minimum', () => {
    fc.assert(
      fc.property(
        fc.array(personArbitrary, { maxLength: 20 }),
        fc.subarray(['s1', 's2', 's3', 's4', 's5', 's6']),
        fc.integer({ min: 1, max: 6 }),
        (people, required, size) => {
          const candidates = people.map((p, i) => ({ ...p, id: `p${i}`, score: i % 7 }));
          const team = proposeTeamFrom({
            candidates,
            requiredSkillIds: required,
            size,
            minPairOverlapHours: 1,
          });
          expect(new Set(team.memberIds).size).toBe(team.memberIds.length);
          expect(team.memberIds.length).toBeLessThanOrEqual(size);
          const members = team.memberIds.map((id) => candidates.find((c) => c.id === id)!);
          for (const a of members)
            for (const b of members)
              if (a !== b)
                expect(overlapHours(a.availability, b.availability)).toBeGreaterThanOrEqual(1);
          const held = new Set(members.flatMap((m) => m.skillIds));
          expect(team.coveredSkillIds.every((id) => held.has(id))).toBe(true);
          expect(team.uncoveredSkillIds.some((id) => held.has(id))).toBe(false);
        },
      ),
    );
  });
});
