import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
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
import { surveys } from './surveys.ts';
import { municipalities } from './tenancy.ts';
import { municipalityKey, tenantRow } from './columns.ts';

/**
 * The de-identified record of one closed consultation, the only source of statistics.
 * It carries no user id and no consultation id: `person_key` is a keyed HMAC pseudonym of
 * the person (for counting distinct persons), `case_key` one of the consultation (so the
 * person's later rating can reach the record); the key lives in configuration, never in
 * the database, so the database alone cannot link a record to anyone. Only codes and
 * bands are kept: month, weekday and hour of first contact in Japan time, never a date.
 * `organization_id` has no foreign key so that a record outlives its employer.
 */
export const caseRecords = pgTable(
  'case_records',
  {
    ...tenantRow(),
    personKey: text('person_key').notNull(),
    caseKey: text('case_key').notNull(),
    organizationId: uuid('organization_id'),
    industry: text('industry'),
    sizeBand: text('size_band'),
    ageBand: text('age_band'),
    /** First day of the month the consultation closed, in Japan time (YYYY-MM-01). */
    month: text('month').notNull(),
    contactWeekday: smallint('contact_weekday').notNull(),
    contactHour: smallint('contact_hour').notNull(),
    timeBand: text('time_band').notNull(),
    channel: text('channel').notNull(),
    topics: text('topics').array().notNull(),
    lifeEvents: text('life_events').array().notNull(),
    severity: text('severity').notNull(),
    outcome: text('outcome').notNull(),
    referralTypes: text('referral_types').array().notNull(),
    satisfaction: smallint('satisfaction'),
    summary: text('summary'),
  },
  (t) => [
    index('case_records_month_idx').on(t.municipalityId, t.month),
    index('case_records_organization_idx').on(t.municipalityId, t.organizationId, t.month),
    index('case_records_case_key_idx').on(t.caseKey),
  ],
);

/** Per-municipality disclosure settings; without a row the stress-check default k = 10 holds. */
export const statisticsSettings = pgTable('statistics_settings', {
  municipalityId: uuid('municipality_id')
    .primaryKey()
    .references(() => municipalities.id),
  minimumGroupSize: integer('minimum_group_size').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The persistent release ledger: every group of persons whose exact count an audience
 * was shown, with its members' pseudonyms, so that a later release differing from it by
 * 1..k−1 persons can be refused. One row per distinct membership (fingerprint).
 */
export const statisticsReleaseGroups = pgTable(
  'statistics_release_groups',
  {
    audienceKey: text('audience_key').notNull(),
    fingerprint: text('fingerprint').notNull(),
    municipalityId: uuid('municipality_id').references(() => municipalities.id),
    releaseId: uuid('release_id').notNull(),
    label: text('label').notNull(),
    persons: text('persons').array().notNull(),
    /** The minimum group size the release promised: later comparisons use at least it. */
    k: integer('k').notNull(),
    releasedAt: timestamp('released_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.audienceKey, t.fingerprint] })],
);

/**
 * Which state of an audience's ledger groups an instance holds in memory: a fresh random
 * version in every transaction that adds a group or raises a group's k (see
 * release-ledger.repository.ts). No row: nothing was written since the table existed.
 */
export const statisticsLedgerVersions = pgTable('statistics_ledger_versions', {
  audienceKey: text('audience_key').primaryKey(),
  version: uuid('version').notNull(),
});

/**
 * Every release to an audience as the history auditor needs it (disclosure/history-audit.ts):
 * the population it counted (the fingerprint of that group in statistics_release_groups),
 * what it told of their number (`total`, null when not known exactly) and of their
 * answers (`questions`, survey releases: published counts per question and category),
 * whether free text was shown, and the k it promised. Statistics releases keep one row per
 * population (the same persons counted by several tables are one constraint).
 */
export const disclosureReleases = pgTable(
  'disclosure_releases',
  {
    id: uuid('id').primaryKey(),
    municipalityId: uuid('municipality_id').references(() => municipalities.id),
    audienceKey: text('audience_key').notNull(),
    kind: text('kind').notNull().$type<'statistics' | 'survey'>(),
    k: integer('k').notNull(),
    populationFingerprint: text('population_fingerprint').notNull(),
    total: integer('total'),
    surveyId: uuid('survey_id').references(() => surveys.id, { onDelete: 'cascade' }),
    questions: jsonb('questions').notNull().default([]),
    textsShown: boolean('texts_shown').notNull().default(false),
    releasedAt: timestamp('released_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('disclosure_releases_audience_idx').on(t.audienceKey, t.kind, t.surveyId),
    uniqueIndex('disclosure_releases_statistics_population_idx')
      .on(t.audienceKey, t.populationFingerprint)
      .where(sql`${t.kind} = 'statistics'`),
  ],
);

/**
 * The statistics data version of one month of a municipality: a trigger on case_records
 * raises it with every insert, update or delete touching that month, so a cached release
 * of a period is known to be current. New records land in the running month, which no
 * released period includes, so releases of finished months stay valid.
 */
export const statisticsDataVersions = pgTable(
  'statistics_data_versions',
  {
    municipalityId: municipalityKey(),
    /** YYYY-MM-01, as case_records.month. */
    month: text('month').notNull(),
    version: bigint('version', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.month] })],
);

/**
 * Protected tables already released to an audience, by request (dimensions, period, k,
 * scope) and data version. Showing the same table again to the same audience discloses
 * nothing new, so it is served from here; its groups are in the ledger already.
 */
export const statisticsReleaseCache = pgTable(
  'statistics_release_cache',
  {
    audienceKey: text('audience_key').notNull(),
    requestKey: text('request_key').notNull(),
    municipalityId: municipalityKey(),
    dataVersion: bigint('data_version', { mode: 'number' }).notNull(),
    releaseId: uuid('release_id').notNull(),
    released: jsonb('released').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.audienceKey, t.requestKey] })],
);
