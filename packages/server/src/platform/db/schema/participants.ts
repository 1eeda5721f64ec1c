import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { users } from './identity.ts';
import { consultations } from './consultations.ts';
import { tenantRow } from './columns.ts';

/**
 * Supervisors who joined a consultation as an announced second person (crisis protocol).
 * A row per join; `left_at` closes it. At most one open row per supervisor and consultation.
 * The licence is kept as it was at joining, because that is what the person was told.
 */
export const consultationParticipants = pgTable(
  'consultation_participants',
  {
    ...tenantRow(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    licenceType: text('licence_type'),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull(),
    leftAt: timestamp('left_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('consultation_participants_open_key')
      .on(t.consultationId, t.userId)
      .where(sql`${t.leftAt} is null`),
    index('consultation_participants_consultation_idx').on(t.municipalityId, t.consultationId),
  ],
);
