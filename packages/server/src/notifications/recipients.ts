import { and, eq, gt, inArray, lte } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { shifts, users } from '../platform/db/schema/index.ts';

export interface Recipient {
  userId: string;
  email: string;
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
  const onShift = await db
    .selectDistinct({ userId: users.id, email: users.email })
    .from(users)
    .innerJoin(shifts, eq(shifts.userId, users.id))
    .where(
      and(
        eq(users.municipalityId, municipalityId),
        inArray(users.role, roles),
        eq(users.status, 'active'),
        lte(shifts.startsAt, now),
        gt(shifts.endsAt, now),
      ),
    );
  if (onShift.length > 0) return onShift;
  return db
    .select({ userId: users.id, email: users.email })
    .from(users)
    .where(
      and(
        eq(users.municipalityId, municipalityId),
        inArray(users.role, roles),
        eq(users.status, 'active'),
      ),
    );
}
