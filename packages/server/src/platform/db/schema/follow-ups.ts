import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './identity.ts';
import { consultations } from './consultations.ts';
import { createdAt, tenantRow } from './columns.ts';

/**
 * A planned contact with the person after (or before) a consultation closes: a follow-up
 * of the crisis protocol's closing rule. No coordinator means the care team on shift. The
 * note is the care team's only (sealed); the person sees the time alone.
 */
export const consultationCheckIns = pgTable(
  'consultation_check_ins',
  {
    ...tenantRow(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    coordinatorId: uuid('coordinator_id').references(() => users.id, { onDelete: 'set null' }),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    noteSealed: text('note_sealed'),
    status: text('status').notNull().default('scheduled'),
    scheduledBy: uuid('scheduled_by').notNull(),
    createdAt: createdAt(),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneBy: uuid('done_by'),
    followUpConsultationId: uuid('follow_up_consultation_id').references(() => consultations.id, {
      onDelete: 'set null',
    }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (t) => [
    index('consultation_check_ins_due_idx').on(t.municipalityId, t.status, t.dueAt),
    index('consultation_check_ins_consultation_idx').on(t.consultationId),
    check(
      'consultation_check_ins_status_check',
      sql`${t.status} in ('scheduled', 'done', 'cancelled')`,
    ),
  ],
);

/** A coordinator's request that a supervisor approve closing without a follow-up. */
export const closeApprovalRequests = pgTable(
  'close_approval_requests',
  {
    ...tenantRow(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    requestedBy: uuid('requested_by').notNull(),
    reasonSealed: text('reason_sealed').notNull(),
    status: text('status').notNull().default('pending'),
    decidedBy: uuid('decided_by'),
    commentSealed: text('comment_sealed'),
    createdAt: createdAt(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('close_approval_requests_pending_key')
      .on(t.consultationId)
      .where(sql`status = 'pending'`),
    index('close_approval_requests_municipality_idx').on(t.municipalityId, t.status, t.createdAt),
    check(
      'close_approval_requests_status_check',
      sql`${t.status} in ('pending', 'approved', 'declined')`,
    ),
  ],
);
