import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { consultations } from './consultations.ts';
import { createdAt, tenantRow } from './columns.ts';

/**
 * Private notes of the care team on a consultation, and the handover note written when
 * a consultation changes hands. Consultation content: sealed like messages, never shown
 * to the person. No foreign key to the author: a note outlives a staff account.
 */
export const consultationNotes = pgTable(
  'consultation_notes',
  {
    ...tenantRow(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    authorId: uuid('author_id').notNull(),
    authorRole: text('author_role').notNull(),
    bodySealed: text('body_sealed').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('consultation_notes_consultation_idx').on(t.consultationId, t.createdAt)],
);

/** Reply templates of a municipality's care team. */
export const cannedReplies = pgTable(
  'canned_replies',
  {
    ...tenantRow(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    createdBy: uuid('created_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('canned_replies_municipality_idx').on(t.municipalityId)],
);
