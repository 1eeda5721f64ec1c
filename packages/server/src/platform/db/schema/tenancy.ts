import { boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A municipality is a tenant: every row that belongs to one carries its id. */
export const municipalities = pgTable('municipalities', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  prefecture: text('prefecture').notNull(),
  consortiumName: text('consortium_name'),
  /** Numbers the municipality publishes for its residents (public, nothing about a person). */
  publicContacts: jsonb('public_contacts')
    .$type<{ label: string; phone: string; hours: string | null }[]>()
    .notNull()
    .default([]),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** An employer. It belongs to one municipality and may be a member of its consortium. */
export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    name: text('name').notNull(),
    industry: text('industry').notNull(),
    sizeBand: text('size_band').notNull(),
    consortiumMember: boolean('consortium_member').notNull().default(true),
    ikubossDeclared: boolean('ikuboss_declared').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('organizations_municipality_idx').on(t.municipalityId)],
);
