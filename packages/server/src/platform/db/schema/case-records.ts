import { bigint, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { municipalities } from './tenancy.ts';
import { consultations } from './consultations.ts';
import { createdAt, tenantRow } from './columns.ts';

/**
 * The structured coding a coordinator gives a consultation when closing it: stable codes
 * only, no free text, so that anonymous statistics can be built from it later.
 */
export const consultationCodings = pgTable('consultation_codings', {
  consultationId: uuid('consultation_id')
    .primaryKey()
    .references(() => consultations.id, { onDelete: 'cascade' }),
  municipalityId: uuid('municipality_id')
    .notNull()
    .references(() => municipalities.id),
  topics: text('topics').array().notNull(),
  lifeEvents: text('life_events').array().notNull(),
  severity: text('severity').notNull(),
  outcome: text('outcome').notNull(),
  referralTypes: text('referral_types').array().notNull(),
  codedBy: uuid('coded_by').notNull(),
  codedAt: timestamp('coded_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A risk expression found in a message of the person (crisis protocol). It raises the
 * consultation's urgency; the care team acknowledges it after assessing the risk.
 */
export const consultationRiskFlags = pgTable(
  'consultation_risk_flags',
  {
    ...tenantRow(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    messageSeq: bigint('message_seq', { mode: 'number' }).notNull(),
    level: text('level').notNull(),
    categories: text('categories').array().notNull(),
    createdAt: createdAt(),
    /** The risk assessment with the person was recorded. */
    acknowledgedBy: uuid('acknowledged_by'),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    /** Someone of the care team saw the alert in the 緊急 inbox and took it on. */
    seenBy: uuid('seen_by'),
    seenAt: timestamp('seen_at', { withTimezone: true }),
  },
  (t) => [index('consultation_risk_flags_consultation_idx').on(t.consultationId, t.createdAt)],
);
