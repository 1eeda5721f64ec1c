import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { consultationMessages } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

/**
 * Since when each consultation has waited for the care team: the person's latest message
 * when nobody of the care team wrote after it. Consultations not waiting are absent.
 */
export async function findReplyWaits(
  db: Db,
  municipalityId: string,
  consultationIds: string[],
): Promise<Map<string, Date>> {
  if (consultationIds.length === 0) return new Map();
  const person = sql`${consultationMessages.senderRole} in ('worker', 'family')`;
  const care = sql`${consultationMessages.senderRole} in ('coordinator', 'supervisor')`;
  const rows = await db
    .select({
      consultationId: consultationMessages.consultationId,
      lastPerson: sql<
        Date | string | null
      >`max(${consultationMessages.createdAt}) filter (where ${person})`,
      lastCare: sql<
        Date | string | null
      >`max(${consultationMessages.createdAt}) filter (where ${care})`,
    })
    .from(consultationMessages)
    .where(
      ofMunicipality(
        consultationMessages,
        municipalityId,
        inArray(consultationMessages.consultationId, consultationIds),
      ),
    )
    .groupBy(consultationMessages.consultationId);
  const waits = new Map<string, Date>();
  for (const row of rows) {
    if (!row.lastPerson) continue;
    const lastPerson = new Date(row.lastPerson);
    if (row.lastCare && new Date(row.lastCare) >= lastPerson) continue;
    waits.set(row.consultationId, lastPerson);
  }
  return waits;
}
