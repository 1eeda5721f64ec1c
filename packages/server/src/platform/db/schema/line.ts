import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, municipalityKey, tenantRow } from './columns.ts';
import { users } from './identity.ts';

/**
 * A municipality's LINE official account (issue 19): LINE is the door and the bell, never
 * the room. The secret and the token are sealed (context `line_channels.<column>:<municipality>`).
 */
export const lineChannels = pgTable(
  'line_channels',
  {
    municipalityId: municipalityKey().primaryKey(),
    channelId: text('channel_id').notNull(),
    channelSecretSealed: text('channel_secret_sealed').notNull(),
    accessTokenSealed: text('access_token_sealed').notNull(),
    monthlyPushBudget: integer('monthly_push_budget').notNull(),
    demo: boolean('demo').notNull().default(false),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('line_channels_budget_check', sql`${t.monthlyPushBudget} between 0 and 10000000`)],
);

/** Pushes counted against the budget per month (`YYYY-MM`, Japan time). */
export const linePushCounts = pgTable(
  'line_push_counts',
  {
    municipalityId: municipalityKey(),
    month: text('month').notNull(),
    pushed: integer('pushed').notNull().default(0),
  },
  (t) => [
    primaryKey({ name: 'line_push_counts_pk', columns: [t.municipalityId, t.month] }),
    check('line_push_counts_month_check', sql`${t.month} ~ '^[0-9]{4}-[0-9]{2}$'`),
    check('line_push_counts_pushed_check', sql`${t.pushed} >= 0`),
  ],
);

/** A Yorisoi account linked to a LINE user; the LINE user id sealed, found by blind index. */
export const lineAccounts = pgTable(
  'line_accounts',
  {
    ...tenantRow(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    lineUserIndex: text('line_user_index').notNull(),
    lineUserSealed: text('line_user_sealed').notNull(),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull(),
    /** Blocked or unfollowed: nothing is pushed until the person follows again. */
    blockedAt: timestamp('blocked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('line_accounts_user_key').on(t.municipalityId, t.userId),
    uniqueIndex('line_accounts_line_user_key').on(t.municipalityId, t.lineUserIndex),
  ],
);

/** One account-link attempt's nonce (hashed), valid ten minutes and once. */
export const lineLinkNonces = pgTable(
  'line_link_nonces',
  {
    ...tenantRow(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    nonceHash: text('nonce_hash').notNull(),
    linkTokenHash: text('link_token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('line_link_nonces_nonce_key').on(t.municipalityId, t.nonceHash),
    uniqueIndex('line_link_nonces_link_token_key').on(t.municipalityId, t.linkTokenHash),
  ],
);

/** Webhook events already processed (LINE redelivers): their id and kind only. */
export const lineWebhookEvents = pgTable(
  'line_webhook_events',
  {
    municipalityId: municipalityKey(),
    webhookEventId: text('webhook_event_id').notNull(),
    kind: text('kind').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'line_webhook_events_pk', columns: [t.municipalityId, t.webhookEventId] }),
  ],
);
