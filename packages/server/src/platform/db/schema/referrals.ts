import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { municipalities } from './tenancy.ts';
import { consultations } from './consultations.ts';

/** The municipality's directory of local resources (public information, not personal). */
export const referralResources = pgTable(
  'referral_resources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    type: text('type').notNull(),
    name: text('name').notNull(),
    phone: text('phone'),
    url: text('url'),
    note: text('note'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('referral_resources_municipality_idx').on(t.municipalityId, t.type)],
);

/** A referral made in a consultation and how far it got. */
export const consultationReferrals = pgTable(
  'consultation_referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => referralResources.id),
    status: text('status').notNull().default('proposed'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('consultation_referrals_consultation_idx').on(t.consultationId)],
);
