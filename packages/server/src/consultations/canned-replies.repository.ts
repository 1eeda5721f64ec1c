import { asc, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { cannedReplies } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type CannedReplyRow = typeof cannedReplies.$inferSelect;

export async function listCannedRepliesOf(db: Db, municipalityId: string) {
  return db
    .select()
    .from(cannedReplies)
    .where(ofMunicipality(cannedReplies, municipalityId))
    .orderBy(asc(cannedReplies.title));
}

export async function insertCannedReply(
  db: Db,
  municipalityId: string,
  values: Omit<typeof cannedReplies.$inferInsert, 'municipalityId'>,
): Promise<CannedReplyRow> {
  const [row] = await db
    .insert(cannedReplies)
    .values({ ...values, municipalityId })
    .returning();
  if (!row) throw new Error('canned reply insert returned nothing');
  return row;
}

/** Whether a template of this municipality was there to delete. */
export async function deleteCannedReplyRow(
  db: Db,
  municipalityId: string,
  id: string,
): Promise<boolean> {
  const removed = await db
    .delete(cannedReplies)
    .where(ofMunicipality(cannedReplies, municipalityId, eq(cannedReplies.id, id)))
    .returning({ id: cannedReplies.id });
  return removed.length > 0;
}
