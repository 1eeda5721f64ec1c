import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeSafeguard, type CloseSafeguardFacts } from './close-safeguard.ts';

const calm: CloseSafeguardFacts = {
  highRiskFlagged: false,
  unassessedRisk: false,
  openReferrals: 0,
  upcomingAppointments: 0,
  scheduledCheckIns: 0,
  supervisorApproved: false,
};
const crisis = { ...calm, highRiskFlagged: true };

describe('closing a consultation with a high-risk flag', () => {
  it('lets an ordinary consultation close', () => {
    expect(closeSafeguard(calm)).toBe('ok');
    expect(closeSafeguard({ ...calm, unassessedRisk: true })).toBe('ok');
  });

  it('asks for the risk assessment first, even with a follow-up in place', () => {
    expect(closeSafeguard({ ...crisis, unassessedRisk: true, openReferrals: 1 })).toBe(
      'risk_assessment_required',
    );
    expect(closeSafeguard({ ...crisis, unassessedRisk: true, supervisorApproved: true })).toBe(
      'risk_assessment_required',
    );
  });

  it('then asks for a referral, an appointment, a check-in or a supervisor’s approval', () => {
    expect(closeSafeguard(crisis)).toBe('follow_up_required');
    expect(closeSafeguard({ ...crisis, openReferrals: 1 })).toBe('ok');
    expect(closeSafeguard({ ...crisis, upcomingAppointments: 2 })).toBe('ok');
    expect(closeSafeguard({ ...crisis, scheduledCheckIns: 1 })).toBe('ok');
    expect(closeSafeguard({ ...crisis, supervisorApproved: true })).toBe('ok');
  });

  it('never lets a high-risk consultation close unassessed or with nobody following up', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.nat(3),
        fc.nat(3),
        fc.nat(3),
        fc.boolean(),
        (
          unassessedRisk,
          openReferrals,
          upcomingAppointments,
          scheduledCheckIns,
          supervisorApproved,
        ) => {
          const verdict = closeSafeguard({
            highRiskFlagged: true,
            unassessedRisk,
            openReferrals,
            upcomingAppointments,
            scheduledCheckIns,
            supervisorApproved,
          });
          const safe =
            !unassessedRisk &&
            (openReferrals > 0 ||
              upcomingAppointments > 0 ||
              scheduledCheckIns > 0 ||
              supervisorApproved);
          expect(verdict === 'ok').toBe(safe);
        },
      ),
    );
  });
});
