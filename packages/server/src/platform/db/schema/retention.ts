import { bigint, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { consultations } from './consultations.ts';
import { municipalityKey } from './columns.ts';

/** A municipality's retention period for one kind of record (0061); no row: the default. */
export const retentionSettings = pgTable(
  'retention_settings',
  {
    municipalityId: municipalityKey(),
    kind: text('kind').notNull(),
    months: integer('months').notNull(),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.kind] })],
);

/** A legal hold: the consultation is not erased while this row exists (reason sealed). */
export const consultationLegalHolds = pgTable('consultation_legal_holds', {
  consultationId: uuid('consultation_id')
    .primaryKey()
    .references(() => consultations.id, { onDelete: 'cascade' }),
  municipalityId: municipalityKey(),
  reasonSealed: text('reason_sealed').notNull(),
  placedBy: uuid('placed_by').notNull(),
  placedAt: timestamp('placed_at', { withTimezone: true }).notNull(),
});

/**
 * The audit chain's erased prefix: entries up to `through_seq` were erased by the
 * retention sweep, and `hash` is the hash of that last entry, where verification starts.
 * Append-only (trigger), like the log.
 */
export const auditCheckpoints = pgTable('audit_checkpoints', {
  throughSeq: bigint('through_seq', { mode: 'number' }).primaryKey(),
  hash: text('hash').notNull(),
  erased: integer('erased').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull(),
});
