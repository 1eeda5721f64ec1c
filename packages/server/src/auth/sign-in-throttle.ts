import { hashToken } from '../platform/crypto/tokens.ts';

/**
 * Who a failed sign-in counts against. An account from one source address is slowed
 * quickly; an account from everywhere and a source address over all accounts only after
 * many failures, so that a stranger guessing from elsewhere does not stop the owner.
 */
export type ThrottleScope = 'pair' | 'account' | 'source';

export interface ThrottleRule {
  /** Failures allowed before any delay. */
  freeFailures: number;
  /** The first delay, doubled with each further failure. */
  firstDelayMs: number;
  /** The longest delay. */
  maxDelayMs: number;
}

export type ThrottleRules = Record<ThrottleScope, ThrottleRule>;

/** Failures older than this are forgotten: counting starts again. */
export const throttleMemoryMs = 24 * 3_600_000;

/** How long after the last failure the next attempt must wait. */
export function throttleDelayMs(failures: number, rule: ThrottleRule): number {
  const beyond = failures - rule.freeFailures;
  if (beyond <= 0) return 0;
  // Capped before the power so that a huge count cannot overflow.
  const doublings = Math.min(beyond - 1, 40);
  return Math.min(rule.firstDelayMs * 2 ** doublings, rule.maxDelayMs);
}

/** The moment the next attempt is allowed, or null when it is allowed now. */
export function blockedUntil(
  failures: number,
  lastFailureAt: Date,
  rule: ThrottleRule,
  now: Date,
): Date | null {
  if (now.getTime() - lastFailureAt.getTime() > throttleMemoryMs) return null;
  const until = lastFailureAt.getTime() + throttleDelayMs(failures, rule);
  return until > now.getTime() ? new Date(until) : null;
}

/**
 * The counter keys of one attempt. Addresses are stored only as hashes, so the table
 * does not list who tried to sign in; unknown addresses get keys like any other.
 */
export function throttleKeys(email: string, sourceAddress: string): Record<ThrottleScope, string> {
  const account = hashToken(`account\n${email.trim().toLowerCase()}`);
  return {
    pair: `pair:${hashToken(`${account}\n${sourceAddress}`)}`,
    account: `account:${account}`,
    source: `source:${hashToken(`source\n${sourceAddress}`)}`,
  };
}
