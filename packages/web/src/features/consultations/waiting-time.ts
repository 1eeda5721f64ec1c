/** Whole minutes since a moment, never negative (device clocks drift). */
export function minutesSince(since: string, now: number): number {
  const start = new Date(since).getTime();
  if (Number.isNaN(start)) return 0;
  return Math.max(0, Math.floor((now - start) / 60_000));
}

export type UrgencyLevel = 'routine' | 'attention' | 'high' | 'emergency';

const urgencyLevels: readonly UrgencyLevel[] = ['routine', 'attention', 'high', 'emergency'];

export function urgencyLevel(urgency: number): UrgencyLevel {
  return urgencyLevels[Math.min(Math.max(urgency, 0), urgencyLevels.length - 1)] ?? 'routine';
}
