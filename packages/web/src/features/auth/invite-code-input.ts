import { inviteCodeLength, normalizeInviteCode } from '@yorisoi/shared';

/**
 * Formats an invite code while it is typed: half-width upper case, and the dash between the
 * two groups added once the fifth character arrives (so backspace never gets stuck on it).
 */
export function formatInviteCodeInput(raw: string): string {
  const normalized = normalizeInviteCode(raw).slice(0, 40);
  if (normalized.length <= 4 || normalized.length > inviteCodeLength) return normalized;
  return `${normalized.slice(0, 4)}-${normalized.slice(4)}`;
}
