import { asc, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { shifts, users } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type ShiftRow = typeof shifts.$inferSelect;

/** Shifts that overlap [from, to), with their person's sealed identity, earliest first. */
export async function findShiftsOverlapping(db: Db, municipalityId: string, from: Date, to: Date) {
  return db
    .select({ shift: shifts, identitySealed: users.identitySealed })
    .from(shifts)
    .innerJoin(users, eq(users.id, shifts.userId))
    .where(ofMunicipality(shifts, municipalityId, lt(shifts.startsAt, to), gt(shifts.endsAt, from)))
    .orderBy(asc(shifts.startsAt));
}

/** Holds one person's shifts until the transaction ends, so two plans cannot both pass the overlap check. */
export async function lockShiftsOf(tx: Db, userId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`shifts:${userId}`}, 0))`);
}

export async function hasShiftOverlapping(
  db: Db,
  municipalityId: string,
  userId: string,
  { startsAt, endsAt }: { startsAt: Date; endsAt: Date },
): Promise<boolean> {
  const clash = await db
    .select({ id: shifts.id })
    .from(shifts)
    .where(
      ofMunicipality(
        shifts,
        municipalityId,
        eq(shifts.userId, userId),
        lt(shifts.startsAt, endsAt),
        gt(shifts.endsAt, startsAt),
      ),
    )
    .limit(1);
  return clash.length > 0;
}

export async function insertShift(
  db: Db,
  municipalityId: string,
  values: Omit<typeof shifts.$inferInsert, 'municipalityId'>,
): Promise<ShiftRow> {
  const [created] = await db
    .insert(shifts)
    .values({ ...values, municipalityId })
    .returning();
  if (!created) throw new Error('shift insert returned nothing');
  return created;
}

/** Deletes a shift; the person it was for, or null if there was none. */
export async function deleteShiftRow(
  db: Db,
  municipalityId: string,
  id: string,
): Promise<string | null> {
  const [removed] = await db
    .delete(shifts)
    .where(ofMunicipality(shifts, municipalityId, eq(shifts.id, id)))
    .returning({ userId: shifts.userId });
  return removed?.userId ?? null;
}
