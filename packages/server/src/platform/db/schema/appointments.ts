import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './identity.ts';
import { consultations } from './consultations.ts';
import { createdAt, tenantRow } from './columns.ts';

/** A coordinator's weekly bookable window, in Japan time (weekday 0 = Sunday, minutes after midnight). */
export const availabilityWindows = pgTable(
  'availability_windows',
  {
    ...tenantRow(),
    coordinatorId: uuid('coordinator_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    weekday: integer('weekday').notNull(),
    startMinute: integer('start_minute').notNull(),
    endMinute: integer('end_minute').notNull(),
    slotMinutes: integer('slot_minutes').notNull(),
    channels: text('channels').array().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('availability_windows_coordinator_idx').on(t.municipalityId, t.coordinatorId)],
);

/** A one-off block or opened period, stored as UTC instants. */
export const availabilityExceptions = pgTable(
  'availability_exceptions',
  {
    ...tenantRow(),
    coordinatorId: uuid('coordinator_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    slotMinutes: integer('slot_minutes'),
    channels: text('channels').array().notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('availability_exceptions_window_idx').on(t.coordinatorId, t.startsAt, t.endsAt)],
);

/**
 * A booked slot. Only `booked` rows hold a slot: the partial unique indexes make a second
 * active booking of the same coordinator's slot, or of the same person at the same
 * start, impossible whatever the application does. The consultation is opened at the
 * booked time; until then the first message waits here, sealed.
 */
export const appointments = pgTable(
  'appointments',
  {
    ...tenantRow(),
    coordinatorId: uuid('coordinator_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    personUserId: uuid('person_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    channel: text('channel').notNull(),
    topics: text('topics').array().notNull(),
    status: text('status').notNull().default('booked'),
    firstMessageSealed: text('first_message_sealed'),
    consultationId: uuid('consultation_id').references(() => consultations.id, {
      onDelete: 'set null',
    }),
    /** Stays the same across reschedules, so calendars update the event instead of adding one. */
    calendarUid: uuid('calendar_uid').notNull(),
    calendarSequence: integer('calendar_sequence').notNull().default(0),
    rescheduledToId: uuid('rescheduled_to_id'),
    changeReason: text('change_reason'),
    changedBy: uuid('changed_by'),
    changedAt: timestamp('changed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('appointments_coordinator_slot_key')
      .on(t.coordinatorId, t.startsAt)
      .where(sql`status = 'booked'`),
    uniqueIndex('appointments_person_slot_key')
      .on(t.personUserId, t.startsAt)
      .where(sql`status = 'booked'`),
    index('appointments_person_idx').on(t.municipalityId, t.personUserId, t.startsAt),
    index('appointments_coordinator_idx').on(t.municipalityId, t.coordinatorId, t.startsAt),
    index('appointments_due_idx').on(t.status, t.startsAt),
  ],
);
