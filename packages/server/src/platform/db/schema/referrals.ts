import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { consultations } from './consultations.ts';
import { childcareFacilities } from './childcare.ts';
import { events } from './events.ts';
import { workProgrammes } from './work.ts';
import { createdAt, tenantRow } from './columns.ts';

/** The municipality's directory of local resources (public information, not personal). */
export const referralResources = pgTable(
  'referral_resources',
  {
    ...tenantRow(),
    type: text('type').notNull(),
    name: text('name').notNull(),
    phone: text('phone'),
    url: text('url'),
    note: text('note'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index('referral_resources_municipality_idx').on(t.municipalityId, t.type)],
);

/**
 * A referral made in a consultation and how far it got. Its target is exactly one of a
 * directory resource, a childcare facility, an event (0041) or a work programme (0060).
 */
export const consultationReferrals = pgTable(
  'consultation_referrals',
  {
    ...tenantRow(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    resourceId: uuid('resource_id').references(() => referralResources.id),
    facilityId: uuid('facility_id').references(() => childcareFacilities.id),
    eventId: uuid('event_id').references(() => events.id),
    /** わくキャリ or the job centre (0060); such a referral waits for the person's agreement. */
    programmeId: uuid('programme_id').references(() => workProgrammes.id),
    personAgreedAt: timestamp('person_agreed_at', { withTimezone: true }),
    status: text('status').notNull().default('proposed'),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('consultation_referrals_consultation_idx').on(t.consultationId),
    index('consultation_referrals_programme_idx')
      .on(t.municipalityId, t.programmeId)
      .where(sql`${t.programmeId} IS NOT NULL`),
    check(
      'consultation_referrals_one_target_check',
      sql`num_nonnulls(${t.resourceId}, ${t.facilityId}, ${t.eventId}, ${t.programmeId}) = 1`,
    ),
  ],
);
