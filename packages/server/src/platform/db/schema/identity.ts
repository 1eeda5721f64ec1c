import {
  boolean,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { municipalities, organizations } from './tenancy.ts';
import { createdAt } from './columns.ts';

/**
 * Everyone who signs in. `municipality_id` is null only for network admins, who serve the
 * whole network. `organization_id` is set for workers, family members and employer admins.
 */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: uuid('municipality_id').references(() => municipalities.id),
    organizationId: uuid('organization_id').references(() => organizations.id),
    role: text('role').notNull(),
    /** Keyed blind index of the address (auth/identity-seal.ts): sign-in lookup, uniqueness. */
    emailIndex: text('email_index').notNull(),
    passwordHash: text('password_hash'),
    /** Address, names and birth year as one AES-256-GCM field (auth/identity-seal.ts). */
    identitySealed: text('identity_sealed').notNull(),
    /**
     * The plaintext columns of before migration 0039, emptied at start by
     * auth/seal-legacy-identities.ts; only that step reads or writes them.
     */
    legacyEmail: text('email'),
    legacyDisplayName: text('display_name'),
    legacyNickname: text('nickname'),
    legacyBirthYear: smallint('birth_year'),
    locale: text('locale').notNull().default('ja'),
    status: text('status').notNull().default('active'),
    /** AES-256-GCM envelope (see platform/crypto); never the plain secret. */
    totpSecretSealed: text('totp_secret_sealed'),
    totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
    /** The last accepted TOTP time step, so a code cannot be replayed. */
    totpLastStep: integer('totp_last_step'),
    failedSignIns: integer('failed_sign_ins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    deletionRequestedAt: timestamp('deletion_requested_at', { withTimezone: true }),
    deletionDueAt: timestamp('deletion_due_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('users_email_index_key').on(t.emailIndex),
    index('users_municipality_role_idx').on(t.municipalityId, t.role),
    index('users_organization_idx').on(t.organizationId),
  ],
);

/** Licence of a wellness coordinator (看護師・保健師・助産師) and whether it was checked. */
export const coordinatorLicences = pgTable('coordinator_licences', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  municipalityId: uuid('municipality_id')
    .notNull()
    .references(() => municipalities.id),
  licenceType: text('licence_type').notNull(),
  licenceNumber: text('licence_number').notNull(),
  verification: text('verification').notNull().default('pending'),
  verifiedBy: uuid('verified_by'),
  verifiedAt: timestamp('verified_at', { withTimezone: true }),
});

/** Server-side sessions: only the SHA-256 of the cookie token is stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    mfaVerified: boolean('mfa_verified').notNull().default(false),
    userAgent: text('user_agent'),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('sessions_token_hash_key').on(t.tokenHash),
    index('sessions_user_idx').on(t.userId),
  ],
);

/** One-time links with which invited staff set their password. */
export const activationTokens = pgTable(
  'activation_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('activation_tokens_token_hash_key').on(t.tokenHash)],
);

/**
 * Failed sign-ins counted per key (auth/sign-in-throttle.ts): hashes of an account with a
 * source address, of an account, of a source address. Never an address in the clear.
 */
export const signInThrottles = pgTable('sign_in_throttles', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull(),
});

/** One-time password reset links sent by e-mail (auth/password-reset.ts); only the hash. */
export const passwordResetTokens = pgTable(
  'password_reset_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('password_reset_tokens_token_hash_key').on(t.tokenHash),
    index('password_reset_tokens_user_idx').on(t.userId),
  ],
);
