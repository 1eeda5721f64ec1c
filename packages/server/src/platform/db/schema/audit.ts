import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only audit log. Each entry's hash covers its content and the previous entry's
 * hash, so a changed or removed entry breaks the chain; a trigger refuses UPDATE and DELETE.
 * No foreign keys: entries must outlive the accounts they mention.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    municipalityId: uuid('municipality_id'),
    actorId: uuid('actor_id'),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    detail: jsonb('detail').$type<Record<string, string | number | boolean | null>>().notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_log_municipality_idx').on(t.municipalityId, t.seq),
    index('audit_log_target_idx').on(t.targetType, t.targetId),
  ],
);
