import { asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { closeApprovalRequests } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type CloseApprovalRow = typeof closeApprovalRequests.$inferSelect;

export async function insertCloseApproval(
  db: Db,
  municipalityId: string,
  values: Omit<typeof closeApprovalRequests.$inferInsert, 'municipalityId'>,
): Promise<CloseApprovalRow> {
  const [row] = await db
    .insert(closeApprovalRequests)
    .values({ ...values, municipalityId })
    .returning();
  if (!row) throw new Error('close approval insert returned nothing');
  return row;
}

export async function findCloseApproval(
  db: Db,
  { municipalityId, id }: { municipalityId: string; id: string },
): Promise<CloseApprovalRow | null> {
  const [row] = await db
    .select()
    .from(closeApprovalRequests)
    .where(ofMunicipality(closeApprovalRequests, municipalityId, eq(closeApprovalRequests.id, id)));
  return row ?? null;
}

export async function findLatestCloseApproval(
  db: Db,
  { municipalityId, consultationId }: { municipalityId: string; consultationId: string },
): Promise<CloseApprovalRow | null> {
  const [row] = await db
    .select()
    .from(closeApprovalRequests)
    .where(
      ofMunicipality(
        closeApprovalRequests,
        municipalityId,
        eq(closeApprovalRequests.consultationId, consultationId),
      ),
    )
    .orderBy(desc(closeApprovalRequests.createdAt))
    .limit(1);
  return row ?? null;
}

export async function listPendingCloseApprovals(
  db: Db,
  { municipalityId }: { municipalityId: string },
): Promise<CloseApprovalRow[]> {
  return db
    .select()
    .from(closeApprovalRequests)
    .where(
      ofMunicipality(
        closeApprovalRequests,
        municipalityId,
        eq(closeApprovalRequests.status, 'pending'),
      ),
    )
    .orderBy(asc(closeApprovalRequests.createdAt))
    .limit(100);
}

/** Records the answer while the request is pending; null when someone answered first. */
export async function decidePendingCloseApproval(
  db: Db,
  { municipalityId, id }: { municipalityId: string; id: string },
  set: Pick<CloseApprovalRow, 'status' | 'decidedBy' | 'commentSealed' | 'decidedAt'>,
): Promise<CloseApprovalRow | null> {
  const [row] = await db
    .update(closeApprovalRequests)
    .set(set)
    .where(
      ofMunicipality(
        closeApprovalRequests,
        municipalityId,
        eq(closeApprovalRequests.id, id),
        eq(closeApprovalRequests.status, 'pending'),
      ),
    )
    .returning();
  return row ?? null;
}
