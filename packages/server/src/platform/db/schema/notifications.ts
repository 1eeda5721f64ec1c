import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { municipalities } from './tenancy.ts';

/**
 * Alerts sent to staff (a high-risk message, a missed response target). One row per
 * event, person and channel, so a sweep on several instances never sends twice.
 * Alerts carry no consultation content and no identity of the person.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    userId: uuid('user_id').notNull(),
    kind: text('kind').notNull(),
    refId: uuid('ref_id').notNull(),
    channel: text('channel').notNull(),
    status: text('status').notNull().default('pending'),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notifications_event_key').on(t.kind, t.refId, t.userId, t.channel),
    index('notifications_user_idx').on(t.userId, t.createdAt),
  ],
);
