import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { municipalities } from './tenancy.ts';
import { consultations } from './consultations.ts';

/**
 * Break-glass requests to reveal a person's identity in an emergency. The reason may
 * quote the consultation, so it is sealed like consultation content.
 */
export const identityDisclosures = pgTable(
  'identity_disclosures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    requestedBy: uuid('requested_by').notNull(),
    reasonSealed: text('reason_sealed').notNull(),
    status: text('status').notNull().default('pending'),
    decidedBy: uuid('decided_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [index('identity_disclosures_municipality_idx').on(t.municipalityId, t.createdAt)],
);
