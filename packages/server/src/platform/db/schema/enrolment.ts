import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './tenancy.ts';
import { users } from './identity.ts';
import { createdAt, municipalityKey, tenantRow } from './columns.ts';

/**
 * Company codes (kind `worker`, issued by an employer admin) and family codes (kind `family`,
 * made by a worker for one family member). Codes are shown again to their issuer, so they
 * are stored as issued; guessing is held off by their length and by rate limiting.
 */
export const inviteCodes = pgTable(
  'invite_codes',
  {
    ...tenantRow(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    kind: text('kind').notNull(),
    code: text('code').notNull(),
    label: text('label'),
    sponsorUserId: uuid('sponsor_user_id').references(() => users.id, { onDelete: 'cascade' }),
    maxUses: integer('max_uses'),
    uses: integer('uses').notNull().default(0),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('invite_codes_code_key').on(t.code),
    index('invite_codes_organization_idx').on(t.municipalityId, t.organizationId),
    index('invite_codes_sponsor_idx').on(t.sponsorUserId),
  ],
);

/**
 * Sign-ups waiting for the address's owner to open the mailed link (invites/enrolment.service.ts).
 * The form (address, password hash, names) is one sealed field; the token only as SHA-256.
 */
export const signUpRequests = pgTable(
  'sign_up_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull(),
    municipalityId: municipalityKey(),
    /** A company or family sign-up; null for a resident joining a programme (0050). */
    inviteCodeId: uuid('invite_code_id').references(() => inviteCodes.id, { onDelete: 'cascade' }),
    /** The back-to-work programme a resident signs up for (work_programmes, 0050). */
    programmeId: uuid('programme_id'),
    formSealed: text('form_sealed').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('sign_up_requests_token_hash_key').on(t.tokenHash)],
);

/** A family member and the worker who invited them; used for statistics and export only. */
export const familyLinks = pgTable(
  'family_links',
  {
    familyUserId: uuid('family_user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    workerUserId: uuid('worker_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    municipalityId: municipalityKey(),
    createdAt: createdAt(),
  },
  (t) => [index('family_links_worker_idx').on(t.workerUserId)],
);

/** Every agreement to and withdrawal of a consent version, never updated. */
export const consentRecords = pgTable(
  'consent_records',
  {
    ...tenantRow(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    version: text('version').notNull(),
    action: text('action').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('consent_records_user_idx').on(t.userId, t.at)],
);
