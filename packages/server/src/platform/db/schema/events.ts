import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { childcareFacilities } from './childcare.ts';
import { createdAt, tenantRow } from './columns.ts';

/**
 * An event a municipality holds (つどい, 講座, 座談会, 説明会, 相談会, seminars, study sessions).
 * Capacity counts registrations (組). `host_facility_id` names the childcare facility of the
 * same municipality that holds it (checked by the use-cases; the key only that it exists).
 */
export const events = pgTable(
  'events',
  {
    ...tenantRow(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    placeName: text('place_name'),
    address: text('address'),
    onlineUrl: text('online_url'),
    childcare: boolean('childcare').notNull().default(false),
    childcareDetails: text('childcare_details'),
    capacity: integer('capacity').notNull(),
    registrationOpensAt: timestamp('registration_opens_at', { withTimezone: true }),
    registrationClosesAt: timestamp('registration_closes_at', { withTimezone: true }),
    target: text('target'),
    fee: text('fee'),
    hostFacilityId: uuid('host_facility_id').references(() => childcareFacilities.id, {
      onDelete: 'set null',
    }),
    published: boolean('published').notNull().default(false),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('events_municipality_starts_idx').on(t.municipalityId, t.startsAt),
    index('events_host_facility_starts_idx')
      .on(t.hostFacilityId, t.startsAt)
      .where(sql`${t.hostFacilityId} IS NOT NULL`),
    check('events_time_check', sql`${t.endsAt} > ${t.startsAt}`),
    check('events_capacity_check', sql`${t.capacity} > 0`),
    check('events_place_check', sql`${t.placeName} IS NOT NULL OR ${t.onlineUrl} IS NOT NULL`),
  ],
);

/**
 * A resident's registration, without an account. Contact details are sealed and purged
 * after the event (the row and its counts stay); the cancellation token is kept as its
 * SHA-256 for lookup and sealed for the mails the outbox writes at delivery.
 */
export const eventRegistrations = pgTable(
  'event_registrations',
  {
    ...tenantRow(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id),
    status: text('status').notNull(),
    waitingPosition: integer('waiting_position'),
    contactNameSealed: text('contact_name_sealed'),
    contactEmailSealed: text('contact_email_sealed'),
    contactPhoneSealed: text('contact_phone_sealed'),
    adults: integer('adults').notNull(),
    children: integer('children').notNull(),
    locale: text('locale').notNull().default('ja'),
    cancelTokenHash: text('cancel_token_hash'),
    cancelTokenSealed: text('cancel_token_sealed'),
    clientRequestId: uuid('client_request_id').notNull(),
    contactsPurgedAt: timestamp('contacts_purged_at', { withTimezone: true }),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [
    index('event_registrations_event_idx').on(t.eventId, t.status, t.waitingPosition),
    uniqueIndex('event_registrations_client_key').on(t.eventId, t.clientRequestId),
    uniqueIndex('event_registrations_cancel_token_key').on(t.cancelTokenHash),
    check(
      'event_registrations_status_check',
      sql`${t.status} in ('registered', 'waiting', 'cancelled', 'attended')`,
    ),
    check(
      'event_registrations_waiting_check',
      sql`(${t.status} = 'waiting') = (${t.waitingPosition} IS NOT NULL)`,
    ),
    check('event_registrations_party_check', sql`${t.adults} >= 1 AND ${t.children} >= 0`),
  ],
);
