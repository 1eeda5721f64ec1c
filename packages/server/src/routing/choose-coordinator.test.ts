import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consultationTopics, licenceTypes } from '@yorisoi/shared';
import { chooseCoordinator, type Candidate } from './choose-coordinator.ts';

const nurse: Candidate = { userId: 'a-nurse', licence: 'nurse', active: 0 };
const phn: Candidate = { userId: 'b-phn', licence: 'public_health_nurse', active: 0 };
const midwife: Candidate = { userId: 'c-midwife', licence: 'midwife', active: 0 };

describe('choosing a coordinator', () => {
  it('sends pregnancy and birth to a midwife first', () => {
    const decision = chooseCoordinator({
      candidates: [nurse, phn, midwife],
      topics: ['pregnancy_birth'],
      previousCoordinatorId: null,
      capacity: 3,
    });
    expect(decision?.userId).toBe('c-midwife');
    expect(decision?.reasons).toContainEqual({
      code: 'licence_match',
      licence: 'midwife',
      topic: 'pregnancy_birth',
    });
  });

  it('prefers the coordinator the person saw before, if on duty with room', () => {
    const decision = chooseCoordinator({
      candidates: [nurse, phn, midwife],
      topics: ['pregnancy_birth'],
      previousCoordinatorId: 'a-nurse',
      capacity: 3,
    });
    expect(decision?.userId).toBe('a-nurse');
    expect(decision?.reasons[0]).toEqual({ code: 'continuity' });
  });

  it('balances load between equally suited coordinators and never exceeds capacity', () => {
    const busy = { ...phn, active: 2 };
    const free = { ...phn, userId: 'd-phn', active: 0 };
    expect(
      chooseCoordinator({
        candidates: [busy, free],
        topics: ['elder_care'],
        previousCoordinatorId: null,
        capacity: 3,
      })?.userId,
    ).toBe('d-phn');
    const full = [
      { ...nurse, active: 3 },
      { ...phn, active: 3 },
    ];
    expect(
      chooseCoordinator({
        candidates: full,
        topics: ['other'],
        previousCoordinatorId: null,
        capacity: 3,
      }),
    ).toBeNull();
  });

  it('always chooses someone with room when anyone has room, and explains it', () => {
    const candidate = fc.record({
      userId: fc.uuid(),
      licence: fc.constantFrom(...licenceTypes),
      active: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(
      fc.property(
        fc.array(candidate, { maxLength: 8 }),
        fc.subarray([...consultationTopics], { minLength: 1 }),
        fc.integer({ min: 1, max: 5 }),
        (candidates, topics, capacity) => {
          const decision = chooseCoordinator({
            candidates,
            topics,
            previousCoordinatorId: null,
            capacity,
          });
          const withRoom = candidates.filter((c) => c.active < capacity);
          if (withRoom.length === 0) {
            expect(decision).toBeNull();
            return;
          }
          expect(withRoom.map((c) => c.userId)).toContain(decision?.userId);
          expect(decision?.reasons.some((r) => r.code === 'load')).toBe(true);
        },
      ),
    );
  });
});
