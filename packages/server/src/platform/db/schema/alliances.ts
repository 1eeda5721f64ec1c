import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations } from './tenancy.ts';
import { municipalityKey } from './columns.ts';

/**
 * An employers' alliance the city runs: 鹿児島市イクボス推進同盟, ひおき共創コンソーシアム.
 * Its members are companies of the area, on the platform or not.
 */
export const alliances = pgTable(
  'alliances',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: municipalityKey(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    description: text('description').notNull().default(''),
    foundedOn: date('founded_on').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('alliances_name_key').on(t.municipalityId, t.name)],
);

/**
 * A company's membership. `organization_id` links it to an employer of the health room,
 * whose admins then keep the entry; a member that left keeps its row (left_on) so that the
 * growth by year stays true.
 */
export const allianceMembers = pgTable(
  'alliance_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: municipalityKey(),
    allianceId: uuid('alliance_id')
      .notNull()
      .references(() => alliances.id),
    organizationId: uuid('organization_id').references(() => organizations.id),
    name: text('name').notNull(),
    industry: text('industry').notNull(),
    sizeBand: text('size_band').notNull(),
    area: text('area').notNull().default(''),
    introduction: text('introduction').notNull().default(''),
    joinedOn: date('joined_on').notNull(),
    leftOn: date('left_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('alliance_members_alliance_idx').on(t.municipalityId, t.allianceId, t.joinedOn),
    uniqueIndex('alliance_members_current_org_key')
      .on(t.allianceId, t.organizationId)
      .where(sql`left_on IS NULL AND organization_id IS NOT NULL`),
  ],
);

/** A member's イクボス宣言: the text, who signed it and when, and whether the public sees it. */
export const allianceDeclarations = pgTable('alliance_declarations', {
  memberId: uuid('member_id')
    .primaryKey()
    .references(() => allianceMembers.id),
  municipalityId: municipalityKey(),
  text: text('text').notNull(),
  signerName: text('signer_name').notNull(),
  signerTitle: text('signer_title').notNull().default(''),
  signedOn: date('signed_on').notNull(),
  isPublic: boolean('is_public').notNull(),
  signedBy: uuid('signed_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Awards the city gives members (表彰). */
export const allianceAwards = pgTable(
  'alliance_awards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: municipalityKey(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => allianceMembers.id),
    title: text('title').notNull(),
    awardedOn: date('awarded_on').notNull(),
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('alliance_awards_member_idx').on(t.municipalityId, t.memberId)],
);
