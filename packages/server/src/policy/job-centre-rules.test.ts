import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roles } from '@yorisoi/shared';
import { can, type Action } from './policy.ts';
import type { Actor } from './actor.ts';

const actor = fc.record({
  userId: fc.uuid(),
  sessionId: fc.uuid(),
  role: fc.constantFrom(...roles),
  municipalityId: fc.option(fc.uuid(), { nil: null }),
  organizationId: fc.option(fc.uuid(), { nil: null }),
  locale: fc.constantFrom('ja' as const, 'en' as const),
  mfaSatisfied: fc.boolean(),
}) satisfies fc.Arbitrary<Actor>;

const jobCentreActions: Action[] = [
  'childcare.staffShortage',
  'workOpening.post',
  'referral.agree',
];

describe('job centre rules (issue 17)', () => {
  it('never allow anything on another municipality’s nursery, programme or referral', () => {
    fc.assert(
      fc.property(actor, fc.constantFrom(...jobCentreActions), fc.uuid(), (a, action, other) => {
        fc.pre(other !== a.municipalityId);
        const everythingElseHolds = {
          municipalityId: other,
          organizationId: a.organizationId,
          ownerId: a.userId,
          facilityStaffIds: [a.userId],
          programmeStaffIds: [a.userId],
        };
        expect(can(a, action, everythingElseHolds)).toBe(false);
      }),
    );
  });

  it('lets only the childcare section, that facility’s staff or the centre’s staff flag a nursery', () => {
    fc.assert(
      fc.property(
        actor,
        fc.array(fc.uuid(), { maxLength: 3 }),
        fc.array(fc.uuid(), { maxLength: 3 }),
        fc.boolean(),
        (a, facilityStaff, centreStaff, bound) => {
          const facilityStaffIds = bound ? [...facilityStaff, a.userId] : facilityStaff;
          const scope = {
            municipalityId: a.municipalityId,
            facilityStaffIds,
            programmeStaffIds: centreStaff,
          };
          const expected =
            a.municipalityId !== null &&
            (a.role === 'childcare_staff' ||
              (a.role === 'facility_staff' && facilityStaffIds.includes(a.userId)) ||
              (a.role === 'programme_staff' && centreStaff.includes(a.userId)));
          expect(can(a, 'childcare.staffShortage', scope)).toBe(expected);
        },
      ),
    );
  });

  it('lets facility staff post an opening only for the facility they are bound to', () => {
    fc.assert(
      fc.property(actor, fc.array(fc.uuid(), { maxLength: 3 }), (a, staffIds) => {
        const staff = { ...a, role: 'facility_staff' as const };
        const scope = { municipalityId: a.municipalityId, facilityStaffIds: staffIds };
        expect(can(staff, 'workOpening.post', scope)).toBe(
          a.municipalityId !== null && staffIds.includes(a.userId),
        );
      }),
    );
  });

  it('lets only the person who consulted agree to a referral', () => {
    fc.assert(
      fc.property(actor, fc.uuid(), (a, owner) => {
        const scope = { municipalityId: a.municipalityId, ownerId: owner };
        expect(can(a, 'referral.agree', scope)).toBe(
          a.municipalityId !== null &&
            (a.role === 'worker' || a.role === 'family') &&
            owner === a.userId,
        );
      }),
    );
  });
});
