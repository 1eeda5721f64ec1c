import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roles } from '@yorisoi/shared';
import { can } from './policy.ts';
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

describe('stress-check rules (issue 19)', () => {
  it('let no one but the worker themself read an individual result, for every role', () => {
    for (const role of roles) {
      fc.assert(
        fc.property(actor, fc.uuid(), fc.boolean(), (a, worker, self) => {
          const me = { ...a, role };
          const scope = {
            municipalityId: me.municipalityId,
            organizationId: me.organizationId,
            ownerId: self ? me.userId : worker,
          };
          const expected =
            role === 'worker' && me.municipalityId !== null && (self || worker === me.userId);
          expect(can(me, 'stressCheck.ownResult', scope)).toBe(expected);
        }),
      );
    }
  });

  it('give the group analysis to the organisation’s admin and city staff only', () => {
    fc.assert(
      fc.property(actor, fc.uuid(), fc.boolean(), (a, org, own) => {
        const organizationId = own ? a.organizationId : org;
        const scope = { municipalityId: a.municipalityId, organizationId };
        const expected =
          a.municipalityId !== null &&
          (a.role === 'city_staff' ||
            (a.role === 'employer_admin' &&
              a.organizationId !== null &&
              a.organizationId === organizationId));
        expect(can(a, 'stressCheck.groupAnalysis', scope)).toBe(expected);
      }),
    );
  });

  it('never allow anything on another municipality’s stress check', () => {
    const actions = [
      'stressCheck.manage',
      'stressCheck.read',
      'stressCheck.answer',
      'stressCheck.ownResult',
      'stressCheck.groupAnalysis',
    ] as const;
    fc.assert(
      fc.property(actor, fc.constantFrom(...actions), fc.uuid(), (a, action, other) => {
        fc.pre(other !== a.municipalityId);
        const scope = {
          municipalityId: other,
          organizationId: a.organizationId,
          ownerId: a.userId,
        };
        expect(can(a, action, scope)).toBe(false);
      }),
    );
  });
});
