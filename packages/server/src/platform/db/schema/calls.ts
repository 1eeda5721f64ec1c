import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { consultations } from './consultations.ts';
import { createdAt, tenantRow } from './columns.ts';

/**
 * That a call happened in a consultation, who of its two parties started it, and when it
 * was answered and ended. Never any media, SDP or network address. `started_by_user_id`
 * has no foreign key, like a message's sender: the record outlives a staff account.
 * At most one call per consultation is not ended (partial unique index).
 */
export const calls = pgTable(
  'calls',
  {
    ...tenantRow(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    startedByUserId: uuid('started_by_user_id').notNull(),
    startedByRole: text('started_by_role').notNull(),
    createdAt: createdAt(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endReason: text('end_reason'),
  },
  (t) => [
    uniqueIndex('calls_one_open_per_consultation')
      .on(t.consultationId)
      .where(sql`${t.endedAt} is null`),
    index('calls_consultation_idx').on(t.municipalityId, t.consultationId, t.createdAt),
  ],
);
