import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { municipalities } from './tenancy.ts';
import { users } from './identity.ts';
import { createdAt, municipalityKey, tenantRow } from './columns.ts';

/** A childcare facility of a municipality, as imported from its open data (子育て施設一覧). */
export const childcareFacilities = pgTable(
  'childcare_facilities',
  {
    ...tenantRow(),
    sourceId: text('source_id').notNull(),
    name: text('name').notNull(),
    nameKana: text('name_kana'),
    nameEn: text('name_en'),
    kind: text('kind').notNull(),
    kindWritten: text('kind_written'),
    area: text('area'),
    postalCode: text('postal_code'),
    address: text('address'),
    addressExtra: text('address_extra'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    phone: text('phone'),
    url: text('url'),
    capacity: integer('capacity'),
    acceptanceAgeText: text('acceptance_age_text'),
    ageReadable: boolean('age_readable').notNull().default(false),
    /** Age bounds per unit; open (-1, 32767) where none is stated or the age was unreadable. */
    minAgeDays: integer('min_age_days').notNull().default(-1),
    minAgeMonths: integer('min_age_months').notNull().default(-1),
    minAgeYears: integer('min_age_years').notNull().default(-1),
    minClassAge: integer('min_class_age').notNull().default(-1),
    maxAgeMonths: integer('max_age_months').notNull().default(32767),
    maxAgeYears: integer('max_age_years').notNull().default(32767),
    maxClassAge: integer('max_class_age').notNull().default(32767),
    /** Seven days, Sunday first, minutes after midnight; null on a closed day. */
    opensMinutes: smallint('opens_minutes').array().notNull(),
    closesMinutes: smallint('closes_minutes').array().notNull(),
    hoursNote: text('hours_note'),
    temporaryCare: boolean('temporary_care'),
    sickChildCare: boolean('sick_child_care'),
    nursingRoom: boolean('nursing_room'),
    diaperChanging: boolean('diaper_changing'),
    parking: boolean('parking'),
    /** Every column of the imported row by its header, unknown ones included. */
    original: jsonb('original').$type<Record<string, string>>().notNull(),
    contentHash: text('content_hash').notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('childcare_facilities_source_key').on(t.municipalityId, t.sourceId),
    index('childcare_facilities_class_age_idx').on(
      t.municipalityId,
      t.kind,
      t.maxClassAge,
      t.minClassAge,
    ),
    index('childcare_facilities_kind_order_idx').on(
      t.municipalityId,
      t.kind,
      t.ageReadable.desc(),
      t.nameKana.asc().nullsLast(),
      t.sourceId,
    ),
    index('childcare_facilities_order_idx').on(
      t.municipalityId,
      t.ageReadable.desc(),
      t.nameKana.asc().nullsLast(),
      t.sourceId,
    ),
  ],
);

/** A facility's vacancies per age class (0–5) as of the 1st of a month; null is "not stated". */
export const childcareVacancies = pgTable(
  'childcare_vacancies',
  {
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => childcareFacilities.id, { onDelete: 'cascade' }),
    municipalityId: municipalityKey(),
    month: date('month', { mode: 'string' }).notNull(),
    age0: integer('age0'),
    age1: integer('age1'),
    age2: integer('age2'),
    age3: integer('age3'),
    age4: integer('age4'),
    age5: integer('age5'),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ name: 'childcare_vacancies_pk', columns: [t.facilityId, t.month] }),
    index('childcare_vacancies_month_idx').on(t.municipalityId, t.month),
  ],
);

/** Facility staff and the one facility each is bound to. */
export const childcareFacilityStaff = pgTable(
  'childcare_facility_staff',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => childcareFacilities.id, { onDelete: 'cascade' }),
    municipalityId: municipalityKey(),
    createdAt: createdAt(),
  },
  (t) => [index('childcare_facility_staff_facility_idx').on(t.facilityId)],
);

/**
 * A nursery short of staff in a month (1st of the month): its vacancies are limited by
 * staff, and it lacks `staffShort` of them (0060). The job centre puts it first.
 */
export const childcareStaffShortages = pgTable(
  'childcare_staff_shortages',
  {
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => childcareFacilities.id, { onDelete: 'cascade' }),
    municipalityId: municipalityKey(),
    month: date('month', { mode: 'string' }).notNull(),
    staffShort: integer('staff_short').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'childcare_staff_shortages_pk', columns: [t.facilityId, t.month] }),
    index('childcare_staff_shortages_month_idx').on(t.municipalityId, t.month),
    check('childcare_staff_shortages_staff_check', sql`${t.staffShort} BETWEEN 1 AND 50`),
    check('childcare_staff_shortages_month_check', sql`extract(day from ${t.month}) = 1`),
  ],
);

/** The city's choices for its childcare pages. */
export const childcareSettings = pgTable('childcare_settings', {
  municipalityId: uuid('municipality_id')
    .primaryKey()
    .references(() => municipalities.id),
  vacancyDisplay: text('vacancy_display').notNull().default('counts'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The months whose vacancy table the city has published. */
export const childcareVacancyPublications = pgTable(
  'childcare_vacancy_publications',
  {
    municipalityId: municipalityKey(),
    month: date('month', { mode: 'string' }).notNull(),
    publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'childcare_vacancy_publications_pk', columns: [t.municipalityId, t.month] }),
  ],
);

/** A reminder sent to a facility that had not updated a month (the outbox refers to it). */
export const childcareVacancyReminders = pgTable(
  'childcare_vacancy_reminders',
  {
    ...tenantRow(),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => childcareFacilities.id, { onDelete: 'cascade' }),
    month: date('month', { mode: 'string' }).notNull(),
    sentBy: uuid('sent_by').references(() => users.id, { onDelete: 'set null' }),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('childcare_vacancy_reminders_month_idx').on(t.municipalityId, t.month)],
);
