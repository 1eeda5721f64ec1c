import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { municipalities } from './tenancy.ts';
import { consultations } from './consultations.ts';

/**
 * The person's satisfaction rating of a closed consultation, one per consultation. The
 * comment is their words about the care, so it is sealed like consultation content.
 */
export const consultationRatings = pgTable('consultation_ratings', {
  consultationId: uuid('consultation_id')
    .primaryKey()
    .references(() => consultations.id, { onDelete: 'cascade' }),
  municipalityId: uuid('municipality_id')
    .notNull()
    .references(() => municipalities.id),
  score: integer('score').notNull(),
  commentSealed: text('comment_sealed'),
  ratedAt: timestamp('rated_at', { withTimezone: true }).notNull().defaultNow(),
});
