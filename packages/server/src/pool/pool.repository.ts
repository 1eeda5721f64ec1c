import { and, asc, eq, gt, inArray, isNull, lte, lt, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import {
  consultations,
  coordinatorLicences,
  municipalities,
  poolAgreementMembers,
  poolAgreements,
  poolCases,
  poolDuties,
  users,
} from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type PoolAgreementRow = typeof poolAgreements.$inferSelect;
export type PoolCaseRow = typeof poolCases.$inferSelect;
export interface PoolAgreementWithMembers extends PoolAgreementRow {
  /** Members that have not left. */
  memberIds: string[];
}

/** Which of these ids are municipalities of the installation. */
export async function existingMunicipalityIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: municipalities.id })
    .from(municipalities)
    .where(inArray(municipalities.id, [...ids]));
  return rows.map((r) => r.id);
}

async function withMembers(db: Db, rows: PoolAgreementRow[]): Promise<PoolAgreementWithMembers[]> {
  if (rows.length === 0) return [];
  const members = await db
    .select()
    .from(poolAgreementMembers)
    .where(
      and(
        inArray(
          poolAgreementMembers.agreementId,
          rows.map((r) => r.id),
        ),
        isNull(poolAgreementMembers.leftAt),
      ),
    );
  return rows.map((row) => ({
    ...row,
    memberIds: members.filter((m) => m.agreementId === row.id).map((m) => m.municipalityId),
  }));
}

/** Every agreement with its current members (the secretariat's list; a handful of rows). */
export async function listAgreements(db: Db): Promise<PoolAgreementWithMembers[]> {
  const rows = await db.select().from(poolAgreements).orderBy(asc(poolAgreements.startDate));
  return withMembers(db, rows);
}

/** Agreements whose dates include a night of `onOrAfter` or later, with current members. */
export async function listAgreementsRunningOn(db: Db, date: string) {
  const rows = await db
    .select()
    .from(poolAgreements)
    .where(and(lte(poolAgreements.startDate, date), sql`${poolAgreements.endDate} >= ${date}`));
  return withMembers(db, rows);
}

export async function insertAgreement(
  tx: Db,
  values: Omit<typeof poolAgreements.$inferInsert, 'id'>,
  memberIds: readonly string[],
): Promise<PoolAgreementRow> {
  const [row] = await tx.insert(poolAgreements).values(values).returning();
  await tx
    .insert(poolAgreementMembers)
    .values(memberIds.map((municipalityId) => ({ agreementId: row!.id, municipalityId })));
  return row!;
}

/** Records that a member left; false when it was not a current member. */
export async function markMemberLeft(
  tx: Db,
  agreementId: string,
  municipalityId: string,
  now: Date,
): Promise<boolean> {
  const rows = await tx
    .update(poolAgreementMembers)
    .set({ leftAt: now })
    .where(
      and(
        eq(poolAgreementMembers.agreementId, agreementId),
        eq(poolAgreementMembers.municipalityId, municipalityId),
        isNull(poolAgreementMembers.leftAt),
      ),
    )
    .returning({ id: poolAgreementMembers.agreementId });
  return rows.length > 0;
}

export async function insertDuty(tx: Db, values: Omit<typeof poolDuties.$inferInsert, 'id'>) {
  const [row] = await tx.insert(poolDuties).values(values).returning();
  return row!;
}

/**
 * The actor's pool duty now, when they are an active coordinator or supervisor of their
 * municipality with a verified licence: the licence, else null.
 */
export async function findOnPoolDuty(
  db: Db,
  { municipalityId, userId, now }: { municipalityId: string; userId: string; now: Date },
): Promise<string | null> {
  const [row] = await db
    .select({ licence: coordinatorLicences.licenceType })
    .from(poolDuties)
    .innerJoin(users, eq(users.id, poolDuties.userId))
    .innerJoin(coordinatorLicences, eq(coordinatorLicences.userId, users.id))
    .where(
      and(
        ofMunicipality([poolDuties, users], municipalityId),
        eq(poolDuties.userId, userId),
        eq(users.status, 'active'),
        inArray(users.role, ['coordinator', 'supervisor']),
        eq(coordinatorLicences.verification, 'verified'),
        lte(poolDuties.startsAt, now),
        gt(poolDuties.endsAt, now),
      ),
    )
    .limit(1);
  return row?.licence ?? null;
}

/** Pool duties of these members overlapping [from, to): for coverage, counts only. */
export async function listDutiesOfMembers(
  db: Db,
  memberIds: readonly string[],
  from: Date,
  to: Date,
) {
  if (memberIds.length === 0) return [];
  return db
    .select({
      userId: poolDuties.userId,
      role: users.role,
      startsAt: poolDuties.startsAt,
      endsAt: poolDuties.endsAt,
    })
    .from(poolDuties)
    .innerJoin(users, eq(users.id, poolDuties.userId))
    .where(
      and(
        inArray(poolDuties.municipalityId, [...memberIds]),
        eq(users.municipalityId, poolDuties.municipalityId),
        eq(users.status, 'active'),
        lt(poolDuties.startsAt, to),
        gt(poolDuties.endsAt, from),
      ),
    );
}

/**
 * Waiting consultations of a municipality that started before `before` and are not in
 * the pool already: those the pool may be asked to take.
 */
export async function listQueuedNotInPool(db: Db, municipalityId: string, before: Date) {
  return db
    .select({
      id: consultations.id,
      createdAt: consultations.createdAt,
    })
    .from(consultations)
    .where(
      ofMunicipality(
        consultations,
        municipalityId,
        eq(consultations.status, 'queued'),
        lt(consultations.createdAt, before),
        sql`not exists (select 1 from ${poolCases} where ${poolCases.consultationId} = ${consultations.id} and ${poolCases.handedOverAt} is null)`,
      ),
    )
    .orderBy(asc(consultations.createdAt))
    .limit(200);
}

export async function insertPoolCase(tx: Db, values: Omit<typeof poolCases.$inferInsert, 'id'>) {
  const [row] = await tx.insert(poolCases).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

/**
 * The pool queue of these agreements restricted to these home municipalities: what a
 * pool coordinator may see before taking — the topics, the urgency and the wait, nothing
 * about the person, their employer or their municipality.
 */
export async function listOpenPoolCases(
  db: Db,
  agreementIds: readonly string[],
  homeIds: readonly string[],
) {
  if (agreementIds.length === 0 || homeIds.length === 0) return [];
  return db
    .select({
      id: poolCases.id,
      agreementId: poolCases.agreementId,
      municipalityId: poolCases.municipalityId,
      queuedAt: poolCases.queuedAt,
      topics: consultations.topics,
      urgency: consultations.urgency,
      createdAt: consultations.createdAt,
    })
    .from(poolCases)
    .innerJoin(
      consultations,
      and(
        eq(consultations.id, poolCases.consultationId),
        ofMunicipality(consultations, poolCases.municipalityId),
      ),
    )
    .where(
      and(
        inArray(poolCases.agreementId, [...agreementIds]),
        inArray(poolCases.municipalityId, [...homeIds]),
        isNull(poolCases.takenBy),
        isNull(poolCases.handedOverAt),
        eq(consultations.status, 'queued'),
      ),
    )
    .orderBy(sql`${consultations.urgency} desc`, asc(consultations.createdAt))
    .limit(100);
}

export async function findPoolCase(db: Db, id: string) {
  const [row] = await db.select().from(poolCases).where(eq(poolCases.id, id));
  return row ?? null;
}

/** The open pool case of a consultation in its home municipality, if any. */
export async function findOpenPoolCaseOf(db: Db, municipalityId: string, consultationId: string) {
  const [row] = await db
    .select()
    .from(poolCases)
    .where(
      ofMunicipality(
        poolCases,
        municipalityId,
        eq(poolCases.consultationId, consultationId),
        isNull(poolCases.handedOverAt),
      ),
    );
  return row ?? null;
}

/** Open cases a pool coordinator holds now (their pool load). */
export async function listCasesTakenBy(db: Db, userId: string) {
  return db
    .select()
    .from(poolCases)
    .where(and(eq(poolCases.takenBy, userId), isNull(poolCases.handedOverAt)));
}

/** Takes a case nobody took yet; null when someone else was first. */
export async function markTaken(
  tx: Db,
  { id, userId, licence, now }: { id: string; userId: string; licence: string; now: Date },
) {
  const [row] = await tx
    .update(poolCases)
    .set({ takenBy: userId, takenLicence: licence, takenAt: now })
    .where(and(eq(poolCases.id, id), isNull(poolCases.takenBy), isNull(poolCases.handedOverAt)))
    .returning();
  return row ?? null;
}

export async function markHandedOver(tx: Db, id: string, now: Date) {
  const [row] = await tx
    .update(poolCases)
    .set({ handedOverAt: now })
    .where(and(eq(poolCases.id, id), isNull(poolCases.handedOverAt)))
    .returning();
  return row ?? null;
}

/**
 * Open pool cases whose home is this municipality, or whose taker belongs to it: what
 * must be handed back at once when it leaves an agreement.
 */
export async function listOpenCasesTouching(db: Db, agreementId: string, municipalityId: string) {
  return db
    .select({ poolCase: poolCases })
    .from(poolCases)
    .leftJoin(users, eq(users.id, poolCases.takenBy))
    .where(
      and(
        eq(poolCases.agreementId, agreementId),
        isNull(poolCases.handedOverAt),
        sql`(${poolCases.municipalityId} = ${municipalityId} or ${users.municipalityId} = ${municipalityId})`,
      ),
    )
    .then((rows) => rows.map((r) => r.poolCase));
}

/**
 * Puts a consultation the pool held back into its home queue, when it is still with
 * that taker: the home team takes it from there. False when it moved meanwhile.
 */
export async function returnToHomeQueue(
  tx: Db,
  municipalityId: string,
  consultationId: string,
  takerId: string,
): Promise<boolean> {
  const rows = await tx
    .update(consultations)
    .set({ status: 'queued', assignedCoordinatorId: null })
    .where(
      ofMunicipality(
        consultations,
        municipalityId,
        eq(consultations.id, consultationId),
        eq(consultations.status, 'active'),
        eq(consultations.assignedCoordinatorId, takerId),
      ),
    )
    .returning({ id: consultations.id });
  return rows.length > 0;
}

/** The numbers the home municipality publishes (for the pool coordinator in a crisis). */
export async function findPublicContacts(db: Db, municipalityId: string) {
  const [row] = await db
    .select({ contacts: municipalities.publicContacts })
    .from(municipalities)
    .where(eq(municipalities.id, municipalityId));
  return row?.contacts ?? [];
}

/** Supervisors of the members on pool duty now (the pool's own, for crisis escalation). */
export async function countPoolSupervisorsOnDuty(db: Db, memberIds: readonly string[], now: Date) {
  const rows = await listDutiesOfMembers(db, memberIds, now, new Date(now.getTime() + 1));
  return new Set(rows.filter((r) => r.role === 'supervisor').map((r) => r.userId)).size;
}
