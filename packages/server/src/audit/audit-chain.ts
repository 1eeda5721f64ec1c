import crypto from 'node:crypto';

/** The fields of an audit entry that its hash covers. */
export interface AuditContent {
  at: string;
  municipalityId: string | null;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  detail: Record<string, string | number | boolean | null>;
}

export const genesisHash = '0'.repeat(64);

function canonicalDetail(detail: AuditContent['detail']): [string, unknown][] {
  return Object.keys(detail)
    .sort()
    .map((key) => [key, detail[key]]);
}

/** sha256 over the previous hash and a canonical form of the entry. */
export function chainHash(prevHash: string, content: AuditContent): string {
  const canonical = JSON.stringify([
    prevHash,
    new Date(content.at).toISOString(),
    content.municipalityId,
    content.actorId,
    content.actorRole,
    content.action,
    content.targetType,
    content.targetId,
    canonicalDetail(content.detail),
  ]);
  return crypto.createHash('sha256').update(canonical).digest('hex');
}
