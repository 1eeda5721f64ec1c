import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { HeldQualification } from '@yorisoi/shared';
import { organizations } from './tenancy.ts';
import { users } from './identity.ts';
import { childcareFacilities } from './childcare.ts';
import { createdAt, municipalityKey, tenantRow } from './columns.ts';

/** A week as PostgreSQL's `bit(336)`: 48 half hours × 7 days, text of '0'/'1' (weekMaskToBits). */
export const weekBits = customType<{ data: string }>({ dataType: () => 'bit(336)' });

/** A municipality's back-to-work programme (長泉わくキャリ, 保育のおしごと支援センター). */
export const workProgrammes = pgTable(
  'work_programmes',
  {
    ...tenantRow(),
    name: text('name').notNull(),
    /** わくキャリ (return to work) or the childcare-worker job centre (0060). */
    kind: text('kind').notNull().default('return_to_work'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('work_programmes_name_key').on(t.municipalityId, t.name),
    check(
      'work_programmes_kind_check',
      sql`${t.kind} IN ('return_to_work', 'childcare_job_centre')`,
    ),
  ],
);

/** The programme's skills taxonomy; retired, never deleted (profiles keep the ids). */
export const workSkills = pgTable(
  'work_skills',
  {
    ...tenantRow(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => workProgrammes.id),
    label: text('label').notNull(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [unique('work_skills_label_key').on(t.programmeId, t.label)],
);

/** A participant as the matching engine sees them (no name: an account or the staff's reference). */
export const workProfiles = pgTable(
  'work_profiles',
  {
    ...tenantRow(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => workProgrammes.id),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    referenceLabel: text('reference_label').notNull(),
    skillIds: uuid('skill_ids')
      .array()
      .notNull()
      .default(sql`'{}'`),
    freeWords: text('free_words')
      .array()
      .notNull()
      .default(sql`'{}'`),
    experience: text('experience').notNull().default(''),
    qualifications: jsonb('qualifications').$type<HeldQualification[]>().notNull().default([]),
    hoursPerWeekMin: doublePrecision('hours_per_week_min').notNull(),
    hoursPerWeekMax: doublePrecision('hours_per_week_max').notNull(),
    availability: weekBits('availability').notNull(),
    remoteOk: boolean('remote_ok').notNull(),
    onsiteOk: boolean('onsite_ok').notNull(),
    homeLat: doublePrecision('home_lat'),
    homeLng: doublePrecision('home_lng'),
    maxTravelKm: integer('max_travel_km'),
    availableFrom: date('available_from'),
    childcareNeed: text('childcare_need').notNull(),
    path: text('path').notNull(),
    shownToCompanies: text('shown_to_companies')
      .array()
      .notNull()
      .default(sql`'{}'`),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('work_profiles_user_key').on(t.userId),
    index('work_profiles_programme_idx')
      .on(t.municipalityId, t.programmeId)
      .where(sql`${t.active}`),
    check(
      'work_profiles_hours_check',
      sql`0 <= ${t.hoursPerWeekMin} AND ${t.hoursPerWeekMin} <= ${t.hoursPerWeekMax} AND ${t.hoursPerWeekMax} <= 168`,
    ),
    check(
      'work_profiles_childcare_need_check',
      sql`${t.childcareNeed} IN ('none', 'preferred', 'required')`,
    ),
    check(
      'work_profiles_path_check',
      sql`${t.path} IN ('own_pace', 'full_return', 'start_business')`,
    ),
    check('work_profiles_home_check', sql`(${t.homeLat} IS NULL) = (${t.homeLng} IS NULL)`),
  ],
);

/** A job or a project a company or facility offers through a programme (employer from anywhere). */
export const workOpenings = pgTable(
  'work_openings',
  {
    ...tenantRow(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => workProgrammes.id),
    employerOrganizationId: uuid('employer_organization_id').references(() => organizations.id, {
      onDelete: 'set null',
    }),
    employerName: text('employer_name').notNull(),
    employerLocation: text('employer_location'),
    kind: text('kind').notNull(),
    employmentType: text('employment_type'),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    deliverable: text('deliverable'),
    teamSize: integer('team_size'),
    periodStart: date('period_start'),
    periodEnd: date('period_end'),
    hoursPerWeekMin: doublePrecision('hours_per_week_min').notNull(),
    hoursPerWeekMax: doublePrecision('hours_per_week_max').notNull(),
    schedule: weekBits('schedule').notNull(),
    workMode: text('work_mode').notNull(),
    placeLabel: text('place_label'),
    placeLat: doublePrecision('place_lat'),
    placeLng: doublePrecision('place_lng'),
    startsOn: date('starts_on'),
    childcareProvided: boolean('childcare_provided').notNull().default(false),
    pay: text('pay'),
    requiredSkillIds: uuid('required_skill_ids')
      .array()
      .notNull()
      .default(sql`'{}'`),
    niceSkillIds: uuid('nice_skill_ids')
      .array()
      .notNull()
      .default(sql`'{}'`),
    keywords: text('keywords')
      .array()
      .notNull()
      .default(sql`'{}'`),
    requiredQualifications: text('required_qualifications')
      .array()
      .notNull()
      .default(sql`'{}'`),
    niceQualifications: text('nice_qualifications')
      .array()
      .notNull()
      .default(sql`'{}'`),
    status: text('status').notNull().default('open'),
    /** The last day it is offered (JobPosting validThrough); null for no end (0050). */
    validThrough: date('valid_through'),
    /** Who posted it: a company admin edits its own only (0050). */
    postedBy: uuid('posted_by').references(() => users.id, { onDelete: 'set null' }),
    /** The nursery a job centre opening is at; its facility staff post for it (0060). */
    facilityId: uuid('facility_id').references(() => childcareFacilities.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('work_openings_programme_idx')
      .on(t.municipalityId, t.programmeId)
      .where(sql`${t.status} = 'open'`),
    index('work_openings_facility_idx')
      .on(t.municipalityId, t.facilityId)
      .where(sql`${t.facilityId} IS NOT NULL`),
    check(
      'work_openings_kind_check',
      sql`(${t.kind} = 'job' AND ${t.employmentType} IN ('part_time', 'full_time', 'short_hours_regular')) OR (${t.kind} = 'project' AND ${t.employmentType} IS NULL)`,
    ),
    check('work_openings_title_check', sql`length(btrim(${t.title})) > 0`),
    check(
      'work_openings_hours_check',
      sql`0 <= ${t.hoursPerWeekMin} AND ${t.hoursPerWeekMin} <= ${t.hoursPerWeekMax} AND ${t.hoursPerWeekMax} <= 168`,
    ),
    check(
      'work_openings_team_size_check',
      sql`${t.teamSize} IS NULL OR ${t.teamSize} BETWEEN 1 AND 50`,
    ),
    check(
      'work_openings_period_check',
      sql`${t.periodEnd} IS NULL OR ${t.periodStart} IS NULL OR ${t.periodEnd} >= ${t.periodStart}`,
    ),
    check('work_openings_work_mode_check', sql`${t.workMode} IN ('remote', 'onsite', 'hybrid')`),
    check('work_openings_place_check', sql`(${t.placeLat} IS NULL) = (${t.placeLng} IS NULL)`),
    check('work_openings_status_check', sql`${t.status} IN ('open', 'closed')`),
  ],
);

/** Programme staff (事業スタッフ) and the one programme each is bound to (0050). */
export const workProgrammeStaff = pgTable(
  'work_programme_staff',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => workProgrammes.id),
    municipalityId: municipalityKey(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('work_programme_staff_programme_idx').on(t.programmeId)],
);

/** A participant introduced to an opening with their agreement, and what came of it (0051). */
export const workIntroductions = pgTable(
  'work_introductions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: municipalityKey(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => workProgrammes.id),
    profileId: uuid('profile_id')
      .notNull()
      .references(() => workProfiles.id, { onDelete: 'cascade' }),
    openingId: uuid('opening_id')
      .notNull()
      .references(() => workOpenings.id),
    status: text('status').notNull().default('proposed'),
    proposedBy: uuid('proposed_by').references(() => users.id, { onDelete: 'set null' }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    startedOn: date('started_on'),
    endedOn: date('ended_on'),
    followUp1mAt: timestamp('follow_up_1m_at', { withTimezone: true }),
    followUp1mWorking: boolean('follow_up_1m_working'),
    followUp6mAt: timestamp('follow_up_6m_at', { withTimezone: true }),
    followUp6mWorking: boolean('follow_up_6m_working'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('work_introductions_pair_key').on(t.profileId, t.openingId),
    index('work_introductions_opening_idx').on(t.municipalityId, t.openingId),
    index('work_introductions_programme_idx').on(t.municipalityId, t.programmeId, t.createdAt),
  ],
);

/** A hearing (ヒアリング) with a participant; its free text sealed (0058). */
export const workHearings = pgTable(
  'work_hearings',
  {
    ...tenantRow(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => workProgrammes.id),
    profileId: uuid('profile_id')
      .notNull()
      .references(() => workProfiles.id, { onDelete: 'cascade' }),
    heldOn: date('held_on').notNull(),
    bodySealed: text('body_sealed').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('work_hearings_profile_idx').on(t.municipalityId, t.profileId, t.heldOn)],
);
