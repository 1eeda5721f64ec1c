import {
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './identity.ts';
import { municipalityKey } from './columns.ts';

/** A measure of the mayor's manifesto (市長マニフェスト施策), its area kept inline. */
export const measures = pgTable(
  'measures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: municipalityKey(),
    areaNo: integer('area_no').notNull(),
    areaTitle: text('area_title').notNull(),
    title: text('title').notNull(),
    text: text('text').notNull().default(''),
    ownerSection: text('owner_section').notNull(),
    status: text('status').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('measures_area_idx').on(t.municipalityId, t.areaNo, t.createdAt)],
);

/** A dated, sourced figure of a measure (e.g. 草の根対話 104自治会, 令和5年度). */
export const measureIndicators = pgTable(
  'measure_indicators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: municipalityKey(),
    measureId: uuid('measure_id')
      .notNull()
      .references(() => measures.id),
    label: text('label').notNull(),
    value: doublePrecision('value').notNull(),
    unit: text('unit').notNull().default(''),
    asOf: date('as_of').notNull(),
    source: text('source').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('measure_indicators_measure_idx').on(t.municipalityId, t.measureId, t.asOf)],
);

/** One change of a measure: who, when, and each field before and after. */
export const measureRevisions = pgTable(
  'measure_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: municipalityKey(),
    measureId: uuid('measure_id')
      .notNull()
      .references(() => measures.id),
    actorId: uuid('actor_id').references(() => users.id),
    kind: text('kind').notNull(),
    changes: jsonb('changes').notNull().$type<{ field: string; before: string; after: string }[]>(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('measure_revisions_measure_idx').on(t.municipalityId, t.measureId, t.changedAt)],
);
