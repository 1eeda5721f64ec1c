import { and, eq, inArray, isNull, lt } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { consultationAttachments } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type AttachmentRow = typeof consultationAttachments.$inferSelect;

/** Everything but the sealed bytes: what a message or a list needs. */
const metadataColumns = {
  id: consultationAttachments.id,
  consultationId: consultationAttachments.consultationId,
  mimeType: consultationAttachments.mimeType,
  byteSize: consultationAttachments.byteSize,
  width: consultationAttachments.width,
  height: consultationAttachments.height,
};

/** Inserts an upload unless its client id is already in the consultation (then null). */
export async function insertAttachmentUnlessUploaded(
  db: Db,
  municipalityId: string,
  values: Omit<typeof consultationAttachments.$inferInsert, 'municipalityId'>,
): Promise<AttachmentRow | null> {
  const [row] = await db
    .insert(consultationAttachments)
    .values({ ...values, municipalityId })
    .onConflictDoNothing({
      target: [consultationAttachments.consultationId, consultationAttachments.clientUploadId],
    })
    .returning();
  return row ?? null;
}

export async function findAttachmentByClientId(
  db: Db,
  municipalityId: string,
  consultationId: string,
  clientUploadId: string,
) {
  const [row] = await db
    .select()
    .from(consultationAttachments)
    .where(
      ofMunicipality(
        consultationAttachments,
        municipalityId,
        eq(consultationAttachments.consultationId, consultationId),
        eq(consultationAttachments.clientUploadId, clientUploadId),
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function findAttachment(
  db: Db,
  municipalityId: string,
  consultationId: string,
  id: string,
) {
  const [row] = await db
    .select()
    .from(consultationAttachments)
    .where(
      ofMunicipality(
        consultationAttachments,
        municipalityId,
        eq(consultationAttachments.consultationId, consultationId),
        eq(consultationAttachments.id, id),
      ),
    )
    .limit(1);
  return row ?? null;
}

/**
 * Locks the uploader's files that no message has taken yet, for the send that takes
 * them. Fewer rows than ids means some are someone else's, already sent, or unknown.
 */
export async function lockUnsentAttachments(
  db: Db,
  municipalityId: string,
  consultationId: string,
  uploaderUserId: string,
  ids: string[],
) {
  return db
    .select(metadataColumns)
    .from(consultationAttachments)
    .where(
      ofMunicipality(
        consultationAttachments,
        municipalityId,
        eq(consultationAttachments.consultationId, consultationId),
        eq(consultationAttachments.uploaderUserId, uploaderUserId),
        inArray(consultationAttachments.id, ids),
        isNull(consultationAttachments.messageId),
      ),
    )
    .for('update');
}

export async function attachToMessage(
  db: Db,
  municipalityId: string,
  ids: string[],
  messageId: string,
) {
  await db
    .update(consultationAttachments)
    .set({ messageId })
    .where(
      ofMunicipality(
        consultationAttachments,
        municipalityId,
        inArray(consultationAttachments.id, ids),
      ),
    );
}

/**
 * Deletes uploads of every municipality that no message took and that were made before
 * `before`: only for the sweep. Returns how many.
 */
export async function deleteUnsentAttachmentsBefore(db: Db, before: Date): Promise<number> {
  const deleted = await db
    .delete(consultationAttachments)
    .where(
      and(isNull(consultationAttachments.messageId), lt(consultationAttachments.createdAt, before)),
    )
    .returning({ id: consultationAttachments.id });
  return deleted.length;
}
