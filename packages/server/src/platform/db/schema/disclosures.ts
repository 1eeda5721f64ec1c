import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { consultations } from './consultations.ts';
import { createdAt, tenantRow } from './columns.ts';

/**
 * Break-glass requests to reveal a person's identity in an emergency. The reason may
 * quote the consultation, so it is sealed like consultation content.
 */
export const identityDisclosures = pgTable(
  'identity_disclosures',
  {
    ...tenantRow(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    requestedBy: uuid('requested_by').notNull(),
    reasonSealed: text('reason_sealed').notNull(),
    status: text('status').notNull().default('pending'),
    decidedBy: uuid('decided_by'),
    createdAt: createdAt(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [index('identity_disclosures_municipality_idx').on(t.municipalityId, t.createdAt)],
);
