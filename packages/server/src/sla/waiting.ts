import type { ResponseKind } from './sla.ts';

/**
 * What a consultation is waiting for: a first answer until the care team has written
 * anything, then the next answer whenever the person wrote after the team's last message.
 */
export function currentWait({
  createdAt,
  lastStaffMessageAt,
  firstUnansweredAt,
}: {
  createdAt: Date;
  lastStaffMessageAt: Date | null;
  firstUnansweredAt: Date | null;
}): { kind: ResponseKind; since: Date } | null {
  if (!lastStaffMessageAt) return { kind: 'firstResponse', since: createdAt };
  if (firstUnansweredAt) return { kind: 'nextResponse', since: firstUnansweredAt };
  return null;
}
