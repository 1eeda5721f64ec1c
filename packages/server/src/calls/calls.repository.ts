import { eq, isNull } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { calls } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type CallRow = typeof calls.$inferSelect;

export async function insertCall(
  db: Db,
  municipalityId: string,
  values: Omit<typeof calls.$inferInsert, 'municipalityId'>,
): Promise<CallRow> {
  const [row] = await db
    .insert(calls)
    .values({ ...values, municipalityId })
    .returning();
  if (!row) throw new Error('call insert returned nothing');
  return row;
}

export async function findCall(db: Db, municipalityId: string, id: string) {
  const [row] = await db
    .select()
    .from(calls)
    .where(ofMunicipality(calls, municipalityId, eq(calls.id, id)))
    .limit(1);
  return row ?? null;
}

/** The call of a consultation that is ringing or running (there is at most one). */
export async function findOpenCall(db: Db, municipalityId: string, consultationId: string) {
  const [row] = await db
    .select()
    .from(calls)
    .where(
      ofMunicipality(
        calls,
        municipalityId,
        eq(calls.consultationId, consultationId),
        isNull(calls.endedAt),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** Answers a call that still rings; null when it no longer does (a race or a retry). */
export async function markAnswered(db: Db, municipalityId: string, id: string, at: Date) {
  const [row] = await db
    .update(calls)
    .set({ answeredAt: at })
    .where(
      ofMunicipality(
        calls,
        municipalityId,
        eq(calls.id, id),
        isNull(calls.answeredAt),
        isNull(calls.endedAt),
      ),
    )
    .returning();
  return row ?? null;
}

/** Ends a call that has not ended; null when it already had. */
export async function markEnded(
  db: Db,
  municipalityId: string,
  id: string,
  { at, reason, onlyIfRinging }: { at: Date; reason: string; onlyIfRinging: boolean },
) {
  const [row] = await db
    .update(calls)
    .set({ endedAt: at, endReason: reason })
    .where(
      ofMunicipality(
        calls,
        municipalityId,
        eq(calls.id, id),
        isNull(calls.endedAt),
        ...(onlyIfRinging ? [isNull(calls.answeredAt)] : []),
      ),
    )
    .returning();
  return row ?? null;
}
