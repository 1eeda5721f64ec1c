import { formatInviteCode, type TFamilyCode, type TInviteCode } from '@yorisoi/shared';
import type { InviteCodeRow } from './invites.repository.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentInviteCode(row: InviteCodeRow): TInviteCode {
  return {
    id: row.id,
    code: formatInviteCode(row.code),
    label: row.label,
    maxUses: row.maxUses,
    uses: row.uses,
    expiresAt: iso(row.expiresAt),
    revokedAt: iso(row.revokedAt),
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentFamilyCode(row: InviteCodeRow): TFamilyCode {
  return {
    id: row.id,
    code: formatInviteCode(row.code),
    expiresAt: (row.expiresAt ?? row.createdAt).toISOString(),
    usedAt: row.uses > 0 ? iso(row.lastUsedAt) : null,
    revokedAt: iso(row.revokedAt),
    createdAt: row.createdAt.toISOString(),
  };
}
