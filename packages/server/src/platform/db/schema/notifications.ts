import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, tenantRow } from './columns.ts';

/**
 * Alerts to staff and appointment notices, written in the transaction of their event and
 * delivered after commit by the outbox worker (notifications/outbox/). One row per event
 * (kind and the id of what happened), recipient and channel, so an event is delivered
 * once across instances. No text is stored: it is written at delivery.
 */
export const notificationOutbox = pgTable(
  'notification_outbox',
  {
    ...tenantRow(),
    kind: text('kind').notNull(),
    refId: uuid('ref_id').notNull(),
    userId: uuid('user_id').notNull(),
    channel: text('channel').notNull(),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    /** A code (`timeout`, `smtp_550`, `ECONNREFUSED`), never a server's message. */
    lastError: text('last_error'),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notification_outbox_event_key').on(t.kind, t.refId, t.userId, t.channel),
    index('notification_outbox_due_idx')
      .on(t.channel, t.nextAttemptAt)
      .where(sql`status = 'pending'`),
    index('notification_outbox_user_idx').on(t.userId, t.createdAt),
    check('notification_outbox_channel_check', sql`${t.channel} in ('email', 'push', 'line')`),
    check(
      'notification_outbox_status_check',
      sql`${t.status} in ('pending', 'sent', 'skipped', 'failed')`,
    ),
  ],
);
