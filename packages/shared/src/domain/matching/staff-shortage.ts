/**
 * The job centre's short-of-staff flag: a nursery that could take more children with
 * more staff comes first in the centre's lists, and its openings rank up among those
 * suggested to a seeker, with the reason in words. Only an eligible match gains: the flag
 * never carries an opening past a hard requirement (`scoreMatch` decides those alone).
 */
import type { MatchResult } from './match-score.ts';

/** Points a flagged nursery's opening gains, within the score's 100. */
export const shortOfStaffBonus = 15;

/** The match with the nursery's flag applied; `staffShort` null or 0 when not flagged. */
export function withStaffShortage(result: MatchResult, staffShort: number | null): MatchResult {
  if (!result.eligible || !staffShort || staffShort < 1) return result;
  return {
    ...result,
    score: Math.min(100, result.score + shortOfStaffBonus),
    reasons: [{ code: 'nurseryShortOfStaff', staffShort }, ...result.reasons],
  };
}

/**
 * Flagged first (the most staff lacking first), then the caller's own order: for the
 * centre's lists of nurseries and of openings.
 */
export function shortOfStaffFirst<T>(
  items: readonly T[],
  staffShortOf: (item: T) => number | null,
): T[] {
  return items
    .map((item, index) => ({ item, index, short: staffShortOf(item) ?? 0 }))
    .sort((a, b) => b.short - a.short || a.index - b.index)
    .map((x) => x.item);
}
