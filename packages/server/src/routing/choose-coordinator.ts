import type { ConsultationTopic, LicenceType } from '@yorisoi/shared';

/** Why a coordinator was (or was not) chosen; shown to the care team as "why me". */
export type RoutingReason =
  | { code: 'continuity' }
  | { code: 'licence_match'; licence: LicenceType; topic: ConsultationTopic }
  | { code: 'load'; active: number; capacity: number };

export interface Candidate {
  userId: string;
  licence: LicenceType;
  /** Consultations assigned now and not closed. */
  active: number;
}

export interface RoutingDecision {
  userId: string;
  reasons: RoutingReason[];
  score: number;
}

/**
 * Which licences fit a topic best, most suitable first: pregnancy and birth go to
 * midwives first, care of parents and mental health to public-health nurses, bodily
 * health to nurses. A licence that is not listed still may take it, with no bonus.
 */
export const preferredLicences: Record<ConsultationTopic, readonly LicenceType[]> = {
  pregnancy_birth: ['midwife', 'public_health_nurse'],
  fertility_treatment: ['midwife', 'nurse'],
  childcare: ['midwife', 'public_health_nurse'],
  menopause: ['midwife', 'nurse'],
  physical_mental_health: ['nurse', 'public_health_nurse'],
  mental_health: ['public_health_nurse', 'nurse'],
  elder_care: ['public_health_nurse', 'nurse'],
  work_style: ['public_health_nurse'],
  harassment: ['public_health_nurse'],
  career: ['public_health_nurse'],
  other: [],
};

const continuityWeight = 100;
const licenceWeights = [30, 15];
const loadWeight = 5;

function licenceReason(candidate: Candidate, topics: readonly ConsultationTopic[]) {
  let best: { weight: number; reason: RoutingReason } | null = null;
  for (const topic of topics) {
    const rank = preferredLicences[topic].indexOf(candidate.licence);
    const weight = rank >= 0 ? (licenceWeights[rank] ?? 0) : 0;
    if (weight > 0 && (!best || weight > best.weight)) {
      best = { weight, reason: { code: 'licence_match', licence: candidate.licence, topic } };
    }
  }
  return best;
}

/**
 * Picks the coordinator for a waiting consultation among those on duty with room left:
 * the one the person saw before comes first, then the licence that fits the topics, then
 * the lightest load. Deterministic (ties go to the lowest id), so a decision can be
 * replayed and explained.
 */
export function chooseCoordinator({
  candidates,
  topics,
  previousCoordinatorId,
  capacity,
}: {
  candidates: readonly Candidate[];
  topics: readonly ConsultationTopic[];
  previousCoordinatorId: string | null;
  capacity: number;
}): RoutingDecision | null {
  let chosen: RoutingDecision | null = null;
  for (const candidate of candidates) {
    if (candidate.active >= capacity) continue;
    const reasons: RoutingReason[] = [];
    let score = 0;
    if (candidate.userId === previousCoordinatorId) {
      score += continuityWeight;
      reasons.push({ code: 'continuity' });
    }
    const licence = licenceReason(candidate, topics);
    if (licence) {
      score += licence.weight;
      reasons.push(licence.reason);
    }
    score += (capacity - candidate.active) * loadWeight;
    reasons.push({ code: 'load', active: candidate.active, capacity });
    const better =
      !chosen ||
      score > chosen.score ||
      (score === chosen.score && candidate.userId < chosen.userId);
    if (better) chosen = { userId: candidate.userId, reasons, score };
  }
  return chosen;
}
