import { boolean, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { tenantRow } from './columns.ts';

/** The municipality's library of good practices recommended in reports (public information). */
export const practices = pgTable(
  'practices',
  {
    ...tenantRow(),
    topic: text('topic').notNull(),
    lifeEvent: text('life_event'),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    sourceNote: text('source_note').notNull(),
    /** Removed practices are kept inactive, so published reports still name what they cited. */
    active: boolean('active').notNull().default(true),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('practices_municipality_idx').on(t.municipalityId, t.topic)],
);
