/**
 * A team for a project (ママボノ-style, about six people): members whose skills together
 * cover the project's required skills and whose weeks overlap pairwise, so that any two
 * can meet.
 *
 * Greedy, on purpose: choosing the fewest people to cover a set of skills is set cover,
 * NP-hard; the greedy choice (most uncovered skills first) is within a factor ln(k) of the
 * optimum for k skills, and with the handful of skills a project names and a team of ~6 it
 * is in practice optimal or one person off. An exact search over C(300, 6) ≈ 10^12 teams is
 * out of reach, and staff review every proposal before anyone is asked anyway.
 */
import { overlapHours, type WeekMask } from './weekly-availability.ts';

export interface TeamCandidate {
  id: string;
  skillIds: readonly string[];
  availability: WeekMask;
  /** The candidate's own match score for the project (ties and fill-up order). */
  score: number;
}

export interface TeamProposal {
  memberIds: string[];
  coveredSkillIds: string[];
  uncoveredSkillIds: string[];
  /** The least any two members share in a week (null for fewer than two members). */
  minPairOverlapHours: number | null;
}

export function proposeTeamFrom({
  candidates,
  requiredSkillIds,
  size,
  minPairOverlapHours,
}: {
  candidates: readonly TeamCandidate[];
  requiredSkillIds: readonly string[];
  size: number;
  minPairOverlapHours: number;
}): TeamProposal {
  const team: TeamCandidate[] = [];
  const uncovered = new Set(requiredSkillIds);
  const taken = new Set<string>();
  let minPair: number | null = null;
  while (team.length < size) {
    let best: { candidate: TeamCandidate; gain: number; worstPair: number } | null = null;
    for (const candidate of candidates) {
      if (taken.has(candidate.id)) continue;
      let worstPair = Infinity;
      for (const member of team) {
        worstPair = Math.min(worstPair, overlapHours(member.availability, candidate.availability));
        if (worstPair < minPairOverlapHours) break;
      }
      if (worstPair < minPairOverlapHours) continue;
      const gain = candidate.skillIds.filter((id) => uncovered.has(id)).length;
      if (
        !best ||
        gain > best.gain ||
        (gain === best.gain &&
          (candidate.score > best.candidate.score ||
            (candidate.score === best.candidate.score && candidate.id < best.candidate.id)))
      )
        best = { candidate, gain, worstPair };
    }
    if (!best) break;
    team.push(best.candidate);
    taken.add(best.candidate.id);
    for (const id of best.candidate.skillIds) uncovered.delete(id);
    if (team.length > 1) minPair = Math.min(minPair ?? Infinity, best.worstPair);
  }
  return {
    memberIds: team.map((m) => m.id),
    coveredSkillIds: requiredSkillIds.filter((id) => !uncovered.has(id)),
    uncoveredSkillIds: requiredSkillIds.filter((id) => uncovered.has(id)),
    minPairOverlapHours: minPair,
  };
}
