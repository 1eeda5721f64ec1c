import {
  and,
  asc,
  desc,
  eq,
  gt,
  gte,
  inArray,
  like,
  lt,
  notInArray,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { addDays, japanMidnight, type TAuditFilter } from '@yorisoi/shared';
import { openIdentity, type IdentityCrypto } from '../auth/identity-seal.ts';
import type { Db } from '../platform/db/database.ts';
import { auditCheckpoints, auditLog, users } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type AuditRow = typeof auditLog.$inferSelect;

/** Roles of people who consult: never named in the log, and not in its "who" list. */
export const personRoles = ['worker', 'family'];

function filterConditions(municipalityId: string, filter: TAuditFilter): (SQL | undefined)[] {
  return [
    ofMunicipality(auditLog, municipalityId),
    filter.actorId ? eq(auditLog.actorId, filter.actorId) : undefined,
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.group ? like(auditLog.action, `${filter.group}.%`) : undefined,
    filter.from ? gte(auditLog.at, japanMidnight(filter.from).toISOString()) : undefined,
    filter.to ? lt(auditLog.at, japanMidnight(addDays(filter.to, 1)).toISOString()) : undefined,
    filter.targetId ? eq(auditLog.targetId, filter.targetId) : undefined,
  ];
}

/** The municipality's entries matching the filter, newest first, below `before` if given. */
export async function findAuditEntries(
  db: Db,
  municipalityId: string,
  { filter, before, limit }: { filter: TAuditFilter; before?: number | undefined; limit: number },
): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditLog)
    .where(
      and(
        ...filterConditions(municipalityId, filter),
        before ? lt(auditLog.seq, before) : undefined,
      ),
    )
    .orderBy(desc(auditLog.seq))
    .limit(limit);
}

/** Staff of the municipality (everyone but people who consult), with their names. */
export async function findStaffOfMunicipality(
  db: Db,
  ctx: IdentityCrypto,
  municipalityId: string,
): Promise<{ id: string; name: string; role: string }[]> {
  const rows = await db
    .select({ id: users.id, role: users.role, identitySealed: users.identitySealed })
    .from(users)
    .where(ofMunicipality(users, municipalityId, notInArray(users.role, personRoles)));
  return rows
    .map((row) => ({ id: row.id, role: row.role, name: openIdentity(ctx, row).displayName }))
    .sort((a, b) => a.name.localeCompare(b.name, 'ja'));
}

/** Names of the given staff of the municipality, by id (people who consult are left out). */
export async function findStaffNamesById(
  db: Db,
  ctx: IdentityCrypto,
  municipalityId: string,
  userIds: readonly string[],
): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, identitySealed: users.identitySealed })
    .from(users)
    .where(
      ofMunicipality(
        users,
        municipalityId,
        inArray(users.id, [...userIds]),
        notInArray(users.role, personRoles),
      ),
    );
  return new Map(rows.map((row) => [row.id, openIdentity(ctx, row).displayName]));
}

/*
 * The chain below is one for the whole installation (each entry carries its municipality),
 * so these queries are not scoped by one.
 */

/** Any constant; all writers of the chain take the same transaction lock. */
const auditChainLockKey = 4_184_550_031;

/** Holds the chain for this transaction: entries are appended one writer at a time. */
export async function lockAuditChain(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${auditChainLockKey})`);
}

/** Whether the reader has a read of this kind of the target recorded since `since`. */
export async function hasReadSince(
  tx: Db,
  {
    target,
    actorId,
    actions,
    since,
  }: { target: { type: string; id: string }; actorId: string; actions: string[]; since: Date },
): Promise<boolean> {
  const [recent] = await tx
    .select({ seq: auditLog.seq })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.targetType, target.type),
        eq(auditLog.targetId, target.id),
        eq(auditLog.actorId, actorId),
        inArray(auditLog.action, actions),
        gte(auditLog.at, since.toISOString()),
      ),
    )
    .limit(1);
  return recent !== undefined;
}

/** The newest entry's hash; with every entry erased, the hash the newest checkpoint kept. */
export async function lastChainHash(tx: Db): Promise<string | null> {
  const [last] = await tx
    .select({ hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  return last?.hash ?? (await newestAuditCheckpoint(tx))?.hash ?? null;
}

/** Where the chain now starts: the newest checkpoint of an erased prefix, if any. */
export async function newestAuditCheckpoint(
  db: Db,
): Promise<{ throughSeq: number; hash: string } | null> {
  const [row] = await db
    .select({ throughSeq: auditCheckpoints.throughSeq, hash: auditCheckpoints.hash })
    .from(auditCheckpoints)
    .orderBy(desc(auditCheckpoints.throughSeq))
    .limit(1);
  return row ?? null;
}

export async function appendAuditEntry(
  tx: Db,
  values: Omit<typeof auditLog.$inferInsert, 'seq'>,
): Promise<void> {
  await tx.insert(auditLog).values(values);
}

/** The next entries of the chain after `seq`, in order. */
export async function chainEntriesAfter(db: Db, seq: number, limit: number): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditLog)
    .where(gt(auditLog.seq, seq))
    .orderBy(asc(auditLog.seq))
    .limit(limit);
}

/**
 * What the log holds about one person: what they did and what was done to their account,
 * newest first (their data export). Found by their id alone, like the account itself.
 */
export async function findEntriesAboutUser(
  db: Db,
  userId: string,
  limit: number,
): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditLog)
    .where(
      or(
        eq(auditLog.actorId, userId),
        and(eq(auditLog.targetType, 'user'), eq(auditLog.targetId, userId)),
      ),
    )
    .orderBy(desc(auditLog.seq))
    .limit(limit);
}
