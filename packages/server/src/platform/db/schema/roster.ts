import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './identity.ts';
import { createdAt, tenantRow } from './columns.ts';

/** A planned shift of a coordinator or supervisor: on duty (answering) or on call (reachable). */
export const shifts = pgTable(
  'shifts',
  {
    ...tenantRow(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('shifts_window_idx').on(t.municipalityId, t.startsAt, t.endsAt),
    index('shifts_user_idx').on(t.userId, t.startsAt),
  ],
);
