import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { consultations } from './consultations.ts';
import { tenantRow } from './columns.ts';

/** A response target that was missed: recorded once per wait, for review and statistics. */
export const slaBreaches = pgTable(
  'sla_breaches',
  {
    ...tenantRow(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    band: text('band').notNull(),
    waitingSince: timestamp('waiting_since', { withTimezone: true }).notNull(),
    deadline: timestamp('deadline', { withTimezone: true }).notNull(),
    detectedAt: timestamp('detected_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('sla_breaches_wait_key').on(t.consultationId, t.kind, t.waitingSince),
    index('sla_breaches_municipality_idx').on(t.municipalityId, t.detectedAt),
  ],
);
