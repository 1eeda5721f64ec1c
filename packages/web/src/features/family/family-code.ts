import {
  formatInviteCode,
  isWellFormedInviteCode,
  normalizeInviteCode,
  type TFamilyCode,
} from '@yorisoi/shared';

export type FamilyCodeStatus = 'active' | 'used' | 'revoked' | 'expired';

export function familyCodeStatus(code: TFamilyCode, now: Date): FamilyCodeStatus {
  if (code.usedAt) return 'used';
  if (code.revokedAt) return 'revoked';
  if (new Date(code.expiresAt) <= now) return 'expired';
  return 'active';
}

/** Shown in two groups of four (4AC7-DEFG) when it has the usual shape, otherwise as the server sent it. */
export function displayCode(code: string): string {
  const normalized = normalizeInviteCode(code);
  return isWellFormedInviteCode(normalized) ? formatInviteCode(normalized) : code;
}
