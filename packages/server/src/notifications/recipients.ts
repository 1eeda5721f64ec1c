import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { users } from '../platform/db/schema/index.ts';
import { openIdentity, type IdentityCrypto } from '../auth/identity-seal.ts';
import { findStaffOnShift } from '../roster/on-shift.repository.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

/** Who is alerted; the address is opened only when the outbox delivers (findRecipientEmail). */
export interface Recipient {
  userId: string;
}

/**
 * Who to alert now: the staff of the given roles who are on a shift (on duty or on call)
 * at this moment; if nobody is, every active member of those roles, because an alert
 * that reaches no one is worse than one that reaches someone off duty.
 */
export async function alertRecipients(
  db: Db,
  {
    municipalityId,
    roles,
    now,
  }: { municipalityId: string; roles: ('coordinator' | 'supervisor')[]; now: Date },
): Promise<Recipient[]> {
  const onShift = (
    await findStaffOnShift(db, {
      municipalityId,
      now,
      roles,
      onDutyOnly: false,
      verifiedLicence: false,
    })
  ).map(({ userId }) => ({ userId }));
  if (onShift.length > 0) return onShift;
  return db
    .select({ userId: users.id })
    .from(users)
    .where(
      ofMunicipality(users, municipalityId, inArray(users.role, roles), eq(users.status, 'active')),
    );
}

/** The address an outbox row is mailed to, read at delivery; null when the account is gone. */
export async function findRecipientEmail(
  db: Db,
  ctx: IdentityCrypto,
  municipalityId: string,
  userId: string,
): Promise<string | null> {
  const [row] = await db
    .select({ id: users.id, identitySealed: users.identitySealed })
    .from(users)
    .where(ofMunicipality(users, municipalityId, eq(users.id, userId)));
  return row ? openIdentity(ctx, row).email : null;
}
