import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sessions, users } from './identity.ts';
import { createdAt, tenantRow } from './columns.ts';

/**
 * Browsers that receive web push for a signed-in session. One endpoint belongs to one
 * session: subscribing again from a shared phone moves it to whoever signed in now.
 * Deleted with the session's sign-out, the account, or when the push service answers
 * that the subscription is gone (404/410).
 */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    ...tenantRow(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    endpoint: text('endpoint').notNull(),
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    createdAt: createdAt(),
    lastSuccessAt: timestamp('last_success_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('push_subscriptions_endpoint_key').on(t.endpoint),
    index('push_subscriptions_user_idx').on(t.municipalityId, t.userId),
    index('push_subscriptions_session_idx').on(t.sessionId),
  ],
);
