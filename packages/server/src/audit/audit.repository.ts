import { and, desc, eq, gte, inArray, like, lt, notInArray, type SQL } from 'drizzle-orm';
import { addDays, japanMidnight, type TAuditFilter } from '@yorisoi/shared';
import { openIdentity, type IdentityCrypto } from '../auth/identity-seal.ts';
import type { Db } from '../platform/db/database.ts';
import { auditLog, users } from '../platform/db/schema/index.ts';

export type AuditRow = typeof auditLog.$inferSelect;

/** Roles of people who consult: never named in the log, and not in its "who" list. */
export const personRoles = ['worker', 'family'];

function filterConditions(municipalityId: string, filter: TAuditFilter): (SQL | undefined)[] {
  return [
    eq(auditLog.municipalityId, municipalityId),
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
    .where(and(eq(users.municipalityId, municipalityId), notInArray(users.role, personRoles)));
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
      and(
        eq(users.municipalityId, municipalityId),
        inArray(users.id, [...userIds]),
        notInArray(users.role, personRoles),
      ),
    );
  return new Map(rows.map((row) => [row.id, openIdentity(ctx, row).displayName]));
}
