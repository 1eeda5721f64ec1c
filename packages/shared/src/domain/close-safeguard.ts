/**
 * The crisis protocol's last step: a consultation in which the person wrote a high-risk
 * expression may not simply be closed. The risk must have been assessed with the person
 * (every flag acknowledged), and the person must not be left alone afterwards: a referral
 * still open, a booked appointment, a check-in the care team scheduled, or a supervisor
 * who approves closing without one.
 */
export interface CloseSafeguardFacts {
  /** Whether any message of the consultation carried a high-risk flag. */
  highRiskFlagged: boolean;
  /** Whether any risk flag (of any level) is still unacknowledged. */
  unassessedRisk: boolean;
  /** Referrals made in this consultation that are not closed yet. */
  openReferrals: number;
  /** Booked appointments of the person from now on. */
  upcomingAppointments: number;
  /** Check-ins the care team scheduled and has not done or cancelled. */
  scheduledCheckIns: number;
  /** A supervisor closes it, or approved a coordinator's request to close it. */
  supervisorApproved: boolean;
}

export type CloseSafeguardVerdict = 'ok' | 'risk_assessment_required' | 'follow_up_required';

export function closeSafeguard(facts: CloseSafeguardFacts): CloseSafeguardVerdict {
  if (!facts.highRiskFlagged) return 'ok';
  if (facts.unassessedRisk) return 'risk_assessment_required';
  const followedUp =
    facts.openReferrals > 0 ||
    facts.upcomingAppointments > 0 ||
    facts.scheduledCheckIns > 0 ||
    facts.supervisorApproved;
  return followedUp ? 'ok' : 'follow_up_required';
}
