import {
  boolean,
  index,
  integer,
  jsonb,
  primaryKey,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations } from './tenancy.ts';
import { users } from './identity.ts';
import { createdAt, municipalityKey, tenantRow } from './columns.ts';
import { consultations } from './consultations.ts';

/** A stress-check period (ストレスチェック実施期間) an employer opens for its organisation. */
export const stressCheckPeriods = pgTable(
  'stress_check_periods',
  {
    ...tenantRow(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    title: text('title').notNull(),
    /** JST calendar days, inclusive. */
    opensOn: text('opens_on').notNull(),
    closesOn: text('closes_on').notNull(),
    /** The departments a worker picks from (string[]), fixed when the period opens. */
    departments: jsonb('departments').notNull(),
    /** Never below 10, whatever the city's k. */
    minimumGroupSize: integer('minimum_group_size').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('stress_check_periods_org_idx').on(t.municipalityId, t.organizationId, t.createdAt),
  ],
);

/** One worker's answers in a period, sealed; scored once complete. Read by the worker only. */
export const stressCheckAnswers = pgTable(
  'stress_check_answers',
  {
    ...tenantRow(),
    periodId: uuid('period_id')
      .notNull()
      .references(() => stressCheckPeriods.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    department: text('department'),
    answersSealed: text('answers_sealed').notNull(),
    answeredItems: integer('answered_items').notNull(),
    scoreA: integer('score_a'),
    scoreB: integer('score_b'),
    scoreC: integer('score_c'),
    highStress: boolean('high_stress'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    interviewRequestedAt: timestamp('interview_requested_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('stress_check_answers_person_idx').on(t.periodId, t.userId),
    index('stress_check_answers_period_idx').on(t.municipalityId, t.periodId),
  ],
);

/**
 * A validated questionnaire (K6, PHQ-9, GAD-7) in a consultation: sent by the care team
 * (requested, no answers yet) or answered by the person; answers sealed, score in the clear.
 */
export const questionnaireResponses = pgTable(
  'questionnaire_responses',
  {
    ...tenantRow(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    language: text('language'),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    requestedAt: timestamp('requested_at', { withTimezone: true }),
    answersSealed: text('answers_sealed'),
    total: integer('total'),
    band: text('band'),
    level: text('level'),
    drivers: text('drivers').array(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('questionnaire_responses_consultation_idx').on(
      t.municipalityId,
      t.consultationId,
      t.createdAt,
    ),
  ],
);

/** The translator's permission for a licensed translation (PHQ-9/GAD-7 in Japanese), per city. */
export const questionnaireTranslationPermissions = pgTable(
  'questionnaire_translation_permissions',
  {
    municipalityId: municipalityKey(),
    kind: text('kind').notNull(),
    language: text('language').notNull(),
    grantedBy: text('granted_by').notNull(),
    grantedOn: text('granted_on').notNull(),
    reference: text('reference').notNull(),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({
      name: 'questionnaire_translation_permissions_pk',
      columns: [t.municipalityId, t.kind, t.language],
    }),
  ],
);
