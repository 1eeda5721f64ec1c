import {
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  index,
} from 'drizzle-orm/pg-core';
import { organizations } from './tenancy.ts';
import { createdAt, municipalityKey, tenantRow } from './columns.ts';

/** An anonymous pulse survey of a municipality for a set of its organisations. */
export const surveys = pgTable(
  'surveys',
  {
    ...tenantRow(),
    title: text('title').notNull(),
    description: text('description'),
    /** The questions as created (TSurveyQuestion[]); never edited once answers exist. */
    questions: jsonb('questions').notNull(),
    targetOrganizationIds: jsonb('target_organization_ids').notNull(),
    /** JST calendar days, inclusive. */
    opensOn: text('opens_on').notNull(),
    closesOn: text('closes_on').notNull(),
    minimumGroupSize: integer('minimum_group_size').notNull(),
    createdBy: uuid('created_by').notNull(),
    /** The employer admin's organisation, or null for a survey made by city staff. */
    ownerOrganizationId: uuid('owner_organization_id').references(() => organizations.id),
    createdAt: createdAt(),
  },
  (t) => [index('surveys_municipality_idx').on(t.municipalityId, t.createdAt)],
);

/**
 * "This person has answered": an HMAC of (survey, user) under a server key, and nothing
 * else — no time, no link to the response. It enforces one answer per person while the
 * responses below carry no user id.
 */
export const surveyRespondents = pgTable(
  'survey_respondents',
  {
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    municipalityId: municipalityKey(),
    tag: text('tag').notNull(),
  },
  (t) => [uniqueIndex('survey_respondents_tag_idx').on(t.surveyId, t.tag)],
);

/** One response: a random id and the organisation (the employer view needs it); no user, no time. */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    municipalityId: municipalityKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
  },
  (t) => [index('survey_responses_survey_idx').on(t.surveyId, t.organizationId)],
);

/** An answer: a 1–5 value, or de-identified free text sealed at rest. */
export const surveyAnswers = pgTable(
  'survey_answers',
  {
    responseId: uuid('response_id')
      .notNull()
      .references(() => surveyResponses.id, { onDelete: 'cascade' }),
    municipalityId: municipalityKey(),
    questionIndex: integer('question_index').notNull(),
    likert: integer('likert'),
    textSealed: text('text_sealed'),
  },
  (t) => [uniqueIndex('survey_answers_question_idx').on(t.responseId, t.questionIndex)],
);

/**
 * What an audience was last shown of a survey: the protected figures only (no person,
 * no response id), so that a view refused by the release ledger can show the last one.
 */
export const surveyResultReleases = pgTable(
  'survey_result_releases',
  {
    ...tenantRow(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    audienceKey: text('audience_key').notNull(),
    /** TSurveyQuestionResult[] as released. */
    questions: jsonb('questions').notNull(),
    releasedAt: timestamp('released_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('survey_result_releases_idx').on(t.surveyId, t.audienceKey, t.releasedAt)],
);
