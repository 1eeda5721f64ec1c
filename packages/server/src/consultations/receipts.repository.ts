import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { consultationReceipts } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type ReceiptRow = typeof consultationReceipts.$inferSelect;

export async function listReceipts(db: Db, municipalityId: string, consultationIds: string[]) {
  if (consultationIds.length === 0) return [];
  return db
    .select()
    .from(consultationReceipts)
    .where(
      ofMunicipality(
        consultationReceipts,
        municipalityId,
        inArray(consultationReceipts.consultationId, consultationIds),
      ),
    );
}

/** Receipts only move forward; reading a message implies it was delivered. */
export async function advanceReceipt(
  db: Db,
  municipalityId: string,
  values: {
    consultationId: string;
    userId: string;
    readerRole: string;
    deliveredSeq: number;
    readSeq: number;
    now: Date;
  },
): Promise<ReceiptRow> {
  const delivered = Math.max(values.deliveredSeq, values.readSeq);
  const [row] = await db
    .insert(consultationReceipts)
    .values({
      consultationId: values.consultationId,
      userId: values.userId,
      municipalityId,
      readerRole: values.readerRole,
      deliveredSeq: delivered,
      readSeq: values.readSeq,
      updatedAt: values.now,
    })
    .onConflictDoUpdate({
      target: [consultationReceipts.consultationId, consultationReceipts.userId],
      set: {
        readerRole: values.readerRole,
        readSeq: sql`greatest(${consultationReceipts.readSeq}, excluded.read_seq)`,
        deliveredSeq: sql`greatest(${consultationReceipts.deliveredSeq}, excluded.delivered_seq)`,
        updatedAt: values.now,
      },
      setWhere: ofMunicipality(consultationReceipts, municipalityId),
    })
    .returning();
  if (!row) throw new Error('receipt upsert returned nothing');
  return row;
}
