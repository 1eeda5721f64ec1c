import type { InviteCodeRow } from './invites.repository.ts';

/** Whether a code may still enrol someone now. Pure, so it is tested on its own. */
export function isInviteUsable(
  invite: Pick<InviteCodeRow, 'revokedAt' | 'expiresAt' | 'maxUses' | 'uses'>,
  now: Date,
): boolean {
  if (invite.revokedAt) return false;
  if (invite.expiresAt && invite.expiresAt <= now) return false;
  if (invite.maxUses !== null && invite.uses >= invite.maxUses) return false;
  return true;
}
