import type { TInviteCode } from '@yorisoi/shared';

export type InviteStatus = 'active' | 'revoked' | 'expired' | 'usedUp';

export function inviteStatus(code: TInviteCode, now: Date): InviteStatus {
  if (code.revokedAt) return 'revoked';
  if (code.expiresAt && new Date(code.expiresAt) <= now) return 'expired';
  if (code.maxUses !== null && code.uses >= code.maxUses) return 'usedUp';
  return 'active';
}
