import { bigserial, customType, pgTable, timestamp } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/**
 * Overflow table of the Socket.IO PostgreSQL adapter (payloads over NOTIFY's 8,000 bytes).
 * Only identifiers are ever published between instances, never content, so it stays
 * empty; it exists because the adapter's periodic cleanup query expects it.
 */
export const socketIoAttachments = pgTable('socket_io_attachments', {
  id: bigserial('id', { mode: 'number' }).unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).defaultNow(),
  payload: bytea('payload'),
});
