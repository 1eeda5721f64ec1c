import { asc, count, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { consultationRiskFlags } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type RiskFlagRow = typeof consultationRiskFlags.$inferSelect;

export async function insertRiskFlag(
  db: Db,
  municipalityId: string,
  values: Omit<typeof consultationRiskFlags.$inferInsert, 'municipalityId'>,
): Promise<RiskFlagRow | null> {
  const [flag] = await db
    .insert(consultationRiskFlags)
    .values({ ...values, municipalityId })
    .returning();
  return flag ?? null;
}

export async function listRiskFlags(db: Db, municipalityId: string, consultationId: string) {
  return db
    .select()
    .from(consultationRiskFlags)
    .where(
      ofMunicipality(
        consultationRiskFlags,
        municipalityId,
        eq(consultationRiskFlags.consultationId, consultationId),
      ),
    )
    .orderBy(asc(consultationRiskFlags.createdAt));
}

export async function acknowledgeRiskFlags(
  db: Db,
  municipalityId: string,
  consultationId: string,
  userId: string,
  now: Date,
) {
  return db
    .update(consultationRiskFlags)
    .set({ acknowledgedBy: userId, acknowledgedAt: now })
    .where(
      ofMunicipality(
        consultationRiskFlags,
        municipalityId,
        eq(consultationRiskFlags.consultationId, consultationId),
        isNull(consultationRiskFlags.acknowledgedAt),
      ),
    )
    .returning({ id: consultationRiskFlags.id });
}

/** Unacknowledged flags per consultation, for those that have any. */
export async function countUnacknowledgedRiskFlags(
  db: Db,
  municipalityId: string,
  consultationIds: string[],
) {
  if (consultationIds.length === 0) return [];
  return db
    .select({ consultationId: consultationRiskFlags.consultationId, n: count() })
    .from(consultationRiskFlags)
    .where(
      ofMunicipality(
        consultationRiskFlags,
        municipalityId,
        inArray(consultationRiskFlags.consultationId, consultationIds),
        isNull(consultationRiskFlags.acknowledgedAt),
      ),
    )
    .groupBy(consultationRiskFlags.consultationId);
}

/** The consultation a risk flag belongs to, or null when the flag is gone. */
export async function findRiskFlagConsultationId(
  db: Db,
  municipalityId: string,
  flagId: string,
): Promise<string | null> {
  const [flag] = await db
    .select({ consultationId: consultationRiskFlags.consultationId })
    .from(consultationRiskFlags)
    .where(
      ofMunicipality(consultationRiskFlags, municipalityId, eq(consultationRiskFlags.id, flagId)),
    );
  return flag?.consultationId ?? null;
}
