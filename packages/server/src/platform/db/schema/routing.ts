import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { consultations } from './consultations.ts';
import { tenantRow } from './columns.ts';

/**
 * Every assignment of a consultation to a coordinator, with how it was decided (routing,
 * a claim, a supervisor's reassignment) and why, so the care team can see "why me".
 */
export const consultationAssignments = pgTable(
  'consultation_assignments',
  {
    ...tenantRow(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    coordinatorId: uuid('coordinator_id').notNull(),
    method: text('method').notNull(),
    reasons: jsonb('reasons').$type<unknown[]>().notNull(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('consultation_assignments_consultation_idx').on(t.consultationId, t.decidedAt)],
);
