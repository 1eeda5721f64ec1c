import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { openIdentity, type IdentityCrypto } from '../auth/identity-seal.ts';
import {
  consultationParticipants,
  consultationRiskFlags,
  consultations,
  users,
} from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export interface UnacknowledgedFlagRow {
  consultationId: string;
  level: string;
  categories: string[];
  createdAt: Date;
  status: string;
  assigneeId: string | null;
  assigneeName: string | null;
  seenBy: string | null;
  seenAt: Date | null;
}

/**
 * Unacknowledged risk flags of open consultations, oldest first. `holderId` narrows to
 * the consultations a coordinator holds or that still wait in the queue.
 */
export async function listUnacknowledgedFlags(
  db: Db,
  ctx: IdentityCrypto,
  { municipalityId, holderId }: { municipalityId: string; holderId: string | null },
): Promise<UnacknowledgedFlagRow[]> {
  const open = inArray(consultations.status, ['queued', 'active']);
  const visible = holderId
    ? or(eq(consultations.status, 'queued'), eq(consultations.assignedCoordinatorId, holderId))
    : undefined;
  const rows = await db
    .select({
      consultationId: consultationRiskFlags.consultationId,
      level: consultationRiskFlags.level,
      categories: consultationRiskFlags.categories,
      createdAt: consultationRiskFlags.createdAt,
      status: consultations.status,
      assigneeId: consultations.assignedCoordinatorId,
      assigneeSealed: users.identitySealed,
      seenBy: consultationRiskFlags.seenBy,
      seenAt: consultationRiskFlags.seenAt,
    })
    .from(consultationRiskFlags)
    .innerJoin(
      consultations,
      and(
        eq(consultations.id, consultationRiskFlags.consultationId),
        ofMunicipality(consultations, municipalityId),
      ),
    )
    .leftJoin(users, eq(users.id, consultations.assignedCoordinatorId))
    .where(
      ofMunicipality(
        consultationRiskFlags,
        municipalityId,
        isNull(consultationRiskFlags.acknowledgedAt),
        open,
        visible,
      ),
    )
    .orderBy(asc(consultationRiskFlags.createdAt));
  return rows.map(({ assigneeSealed, ...row }) => ({
    ...row,
    assigneeName:
      row.assigneeId && assigneeSealed
        ? openIdentity(ctx, { id: row.assigneeId, identitySealed: assigneeSealed }).displayName
        : null,
  }));
}

/** Marks the alerts of a consultation not yet seen as seen by `userId`. */
export async function markFlagsSeen(
  db: Db,
  {
    municipalityId,
    consultationId,
    userId,
    now,
  }: { municipalityId: string; consultationId: string; userId: string; now: Date },
): Promise<number> {
  const rows = await db
    .update(consultationRiskFlags)
    .set({ seenBy: userId, seenAt: now })
    .where(
      ofMunicipality(
        consultationRiskFlags,
        municipalityId,
        eq(consultationRiskFlags.consultationId, consultationId),
        isNull(consultationRiskFlags.acknowledgedAt),
        isNull(consultationRiskFlags.seenAt),
      ),
    )
    .returning({ id: consultationRiskFlags.id });
  return rows.length;
}

/** Display names of staff of the municipality, by id. */
export async function findStaffNames(
  db: Db,
  ctx: IdentityCrypto,
  { municipalityId, userIds }: { municipalityId: string; userIds: string[] },
): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, identitySealed: users.identitySealed })
    .from(users)
    .where(ofMunicipality(users, municipalityId, inArray(users.id, userIds)));
  return new Map(rows.map((r) => [r.id, openIdentity(ctx, r).displayName]));
}

/** Supervisors with the person now in the given consultations. */
export async function listJoinedSupervisorNames(
  db: Db,
  ctx: IdentityCrypto,
  { municipalityId, consultationIds }: { municipalityId: string; consultationIds: string[] },
): Promise<{ consultationId: string; userId: string; displayName: string }[]> {
  if (consultationIds.length === 0) return [];
  const rows = await db
    .select({
      consultationId: consultationParticipants.consultationId,
      userId: consultationParticipants.userId,
      identitySealed: users.identitySealed,
    })
    .from(consultationParticipants)
    .innerJoin(users, eq(users.id, consultationParticipants.userId))
    .where(
      ofMunicipality(
        consultationParticipants,
        municipalityId,
        inArray(consultationParticipants.consultationId, consultationIds),
        isNull(consultationParticipants.leftAt),
      ),
    )
    .orderBy(asc(consultationParticipants.joinedAt));
  return rows.map(({ consultationId, userId, identitySealed }) => ({
    consultationId,
    userId,
    displayName: openIdentity(ctx, { id: userId, identitySealed }).displayName,
  }));
}
