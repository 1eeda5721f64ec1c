import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { municipalities } from './tenancy.ts';
import { users } from './identity.ts';
import { consultations } from './consultations.ts';
import { createdAt, municipalityKey } from './columns.ts';

/**
 * A night pool agreement the network secretariat records (issue 18): hours in minutes
 * after midnight, Japan time (an end below the start crosses midnight), the licences that
 * take part, the first and last night. It belongs to the network, not to one municipality.
 */
export const poolAgreements = pgTable('pool_agreements', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  startsMinute: integer('starts_minute').notNull(),
  endsMinute: integer('ends_minute').notNull(),
  licences: text('licences').array().notNull(),
  startDate: date('start_date').notNull(),
  endDate: date('end_date').notNull(),
  createdBy: uuid('created_by')
    .notNull()
    .references(() => users.id),
  createdAt: createdAt(),
});

/** A member of an agreement; one that left (left_at) neither receives nor sends. */
export const poolAgreementMembers = pgTable(
  'pool_agreement_members',
  {
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => poolAgreements.id, { onDelete: 'cascade' }),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    leftAt: timestamp('left_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: 'pool_agreement_members_pk', columns: [t.agreementId, t.municipalityId] }),
    index('pool_agreement_members_municipality_idx').on(t.municipalityId),
  ],
);

/** Who answers the pool when: kept by the coordinator's own municipality. */
export const poolDuties = pgTable(
  'pool_duties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: municipalityKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('pool_duties_window_idx').on(t.startsAt, t.endsAt)],
);

/**
 * A consultation passed to the pool. It stays in the person's municipality (the home's id);
 * the coordinator of another member who took it reaches it only through this row.
 */
export const poolCases = pgTable(
  'pool_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: municipalityKey(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => poolAgreements.id),
    queuedAt: timestamp('queued_at', { withTimezone: true }).notNull(),
    takenBy: uuid('taken_by').references(() => users.id, { onDelete: 'set null' }),
    takenLicence: text('taken_licence'),
    takenAt: timestamp('taken_at', { withTimezone: true }),
    handedOverAt: timestamp('handed_over_at', { withTimezone: true }),
    handoverUntil: timestamp('handover_until', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('pool_cases_open_idx')
      .on(t.consultationId)
      .where(sql`${t.handedOverAt} IS NULL`),
    index('pool_cases_queue_idx')
      .on(t.agreementId, t.queuedAt)
      .where(sql`${t.takenBy} IS NULL AND ${t.handedOverAt} IS NULL`),
    index('pool_cases_taker_idx')
      .on(t.takenBy)
      .where(sql`${t.takenBy} IS NOT NULL`),
  ],
);
