import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { municipalities } from './tenancy.ts';
import { users } from './identity.ts';
import { weekBits } from './work.ts';
import { createdAt, tenantRow } from './columns.ts';

/** Which licences beyond the three national coordinator licences a municipality accepts (0069). */
export const careRecruitSettings = pgTable('care_recruit_settings', {
  municipalityId: uuid('municipality_id')
    .primaryKey()
    .references(() => municipalities.id),
  extraLicenceTypes: text('extra_licence_types')
    .array()
    .notNull()
    .default(sql`'{}'`),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A licensed resident who registered interest in joining the care team (0069). */
export const careRecruits = pgTable(
  'care_recruits',
  {
    ...tenantRow(),
    nameSealed: text('name_sealed').notNull(),
    emailSealed: text('email_sealed').notNull(),
    phoneSealed: text('phone_sealed'),
    licenceType: text('licence_type').notNull(),
    licenceNumber: text('licence_number'),
    licenceVerifiedAt: timestamp('licence_verified_at', { withTimezone: true }),
    licenceVerifiedBy: uuid('licence_verified_by'),
    yearsSincePractice: integer('years_since_practice').notNull(),
    availability: weekBits('availability').notNull(),
    hoursPerWeekMin: integer('hours_per_week_min').notNull(),
    hoursPerWeekMax: integer('hours_per_week_max').notNull(),
    remoteOk: boolean('remote_ok').notNull(),
    onsiteOk: boolean('onsite_ok').notNull(),
    childcareNeed: text('childcare_need').notNull(),
    contactConsentedAt: timestamp('contact_consented_at', { withTimezone: true }).notNull(),
    stage: text('stage').notNull().default('interest'),
    stageChangedAt: timestamp('stage_changed_at', { withTimezone: true }).notNull().defaultNow(),
    userId: uuid('user_id').references(() => users.id),
    clientRequestId: uuid('client_request_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    check('care_recruits_hours_check', sql`${t.hoursPerWeekMin} <= ${t.hoursPerWeekMax}`),
    unique('care_recruits_client_unique').on(t.municipalityId, t.clientRequestId),
    index('care_recruits_stage_idx').on(t.municipalityId, t.stage, t.createdAt),
  ],
);

/** Each step of a recruit's path, and who recorded it (0069). */
export const careRecruitSteps = pgTable(
  'care_recruit_steps',
  {
    ...tenantRow(),
    recruitId: uuid('recruit_id')
      .notNull()
      .references(() => careRecruits.id, { onDelete: 'cascade' }),
    stage: text('stage').notNull(),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('care_recruit_steps_recruit_idx').on(t.municipalityId, t.recruitId, t.recordedAt)],
);
