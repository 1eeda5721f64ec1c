import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { consultationMessages, consultations } from './consultations.ts';
import { municipalityKey } from './columns.ts';

/**
 * A file of a consultation: uploaded first (idempotent by the client's upload id), then
 * taken by exactly one message of its uploader. The bytes, already checked by content
 * and stripped of metadata, are sealed with the keyring (bound to consultation and id)
 * and live in the database, so every instance serves them and backups hold them.
 * An upload never sent has `message_id` null.
 */
export const consultationAttachments = pgTable(
  'consultation_attachments',
  {
    id: uuid('id').primaryKey(),
    municipalityId: municipalityKey(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    clientUploadId: uuid('client_upload_id').notNull(),
    uploaderUserId: uuid('uploader_user_id').notNull(),
    messageId: uuid('message_id').references(() => consultationMessages.id, {
      onDelete: 'cascade',
    }),
    mimeType: text('mime_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    width: integer('width'),
    height: integer('height'),
    dataSealed: text('data_sealed').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('consultation_attachments_client_upload_id_key').on(
      t.consultationId,
      t.clientUploadId,
    ),
    index('consultation_attachments_message_idx').on(t.messageId),
  ],
);
