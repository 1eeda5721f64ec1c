import crypto from 'node:crypto';
import { and, asc, eq, inArray, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../platform/db/database.ts';
import {
  coordinatorLicences,
  municipalities,
  organizations,
  users,
} from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';
import { AppError, isUniqueViolation } from '../platform/errors.ts';
import {
  emailIndexOf,
  openIdentity,
  sealIdentity,
  type Identity,
  type IdentityCrypto,
} from './identity-seal.ts';

type StoredUser = typeof users.$inferSelect;
type Crypto = IdentityCrypto;

/** A user as the code sees it: the stored row without its sealed parts, and who they are. */
/** The stored columns that hold, or held, who a person is. */
type IdentityColumns =
  | 'identitySealed'
  | 'emailIndex'
  | 'legacyEmail'
  | 'legacyDisplayName'
  | 'legacyNickname'
  | 'legacyBirthYear';

export type UserRow = Omit<StoredUser, IdentityColumns> & Identity;

/** Opens the identity of a stored row in memory. */
export function openUser(ctx: Crypto, row: StoredUser): UserRow {
  const {
    identitySealed: _sealed,
    emailIndex: _index,
    legacyEmail: _email,
    legacyDisplayName: _displayName,
    legacyNickname: _nickname,
    legacyBirthYear: _birthYear,
    ...rest
  } = row;
  return { ...rest, ...openIdentity(ctx, row) };
}

/** Sign-in is network-wide: an email address identifies one account on the installation. */
export async function findUserByEmail(db: Db, ctx: Crypto, email: string): Promise<UserRow | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(users.emailIndex, emailIndexOf(ctx, email)))
    .limit(1);
  return row ? openUser(ctx, row) : null;
}

export async function findUserById(db: Db, ctx: Crypto, userId: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  return row ? openUser(ctx, row) : null;
}

export type NewUser = Omit<typeof users.$inferInsert, IdentityColumns> & {
  email: string;
  displayName: string;
  nickname?: string | null;
  birthYear?: number | null;
};

/** The sealed columns of a new or changed identity. */
export function sealedIdentityColumns(ctx: Crypto, userId: string, identity: Identity) {
  return {
    emailIndex: emailIndexOf(ctx, identity.email),
    identitySealed: sealIdentity(ctx, userId, identity),
  };
}

/** The row to insert for a new user, its identity sealed (bulk inserts of seeds use it too). */
export function sealedUserValues(ctx: Crypto, values: NewUser): typeof users.$inferInsert {
  const { email, displayName, nickname, birthYear, ...rest } = values;
  const id = rest.id ?? crypto.randomUUID();
  const identity = { email, displayName, nickname: nickname ?? null, birthYear: birthYear ?? null };
  return { ...rest, id, ...sealedIdentityColumns(ctx, id, identity) };
}

export async function insertUser(db: Db, ctx: Crypto, values: NewUser): Promise<UserRow> {
  try {
    const [row] = await db.insert(users).values(sealedUserValues(ctx, values)).returning();
    if (!row) throw new Error('user insert returned nothing');
    return openUser(ctx, row);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('EMAIL_TAKEN', { cause: error });
    throw error;
  }
}

/** Seals a changed identity again (profile edits); the address index follows the address. */
export async function updateIdentity(
  db: Db,
  ctx: Crypto,
  user: Pick<UserRow, 'id'> & Identity,
): Promise<void> {
  const { id, email, displayName, nickname, birthYear } = user;
  await db
    .update(users)
    .set(sealedIdentityColumns(ctx, id, { email, displayName, nickname, birthYear }))
    .where(eq(users.id, id));
}

/** Counts a failed attempt and returns the new count, atomically across instances. */
export async function incrementFailedSignIns(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .update(users)
    .set({ failedSignIns: sql`${users.failedSignIns} + 1` })
    .where(eq(users.id, userId))
    .returning({ failedSignIns: users.failedSignIns });
  return row?.failedSignIns ?? 0;
}

export async function lockUser(db: Db, userId: string, until: Date): Promise<void> {
  await db.update(users).set({ lockedUntil: until, failedSignIns: 0 }).where(eq(users.id, userId));
}

/** Keeps a new second-factor secret, sealed, for an account that has not enrolled yet. */
export async function setPendingTotpSecret(
  db: Db,
  userId: string,
  totpSecretSealed: string,
): Promise<void> {
  await db
    .update(users)
    .set({ totpSecretSealed })
    .where(and(eq(users.id, userId), isNull(users.totpEnabledAt)));
}

/**
 * Accepts a second-factor time step: it only moves forward, so a concurrent request with
 * the same code loses here (false). Enrolling also marks the account enrolled.
 */
export async function acceptTotpStep(
  tx: Db,
  userId: string,
  step: number,
  enrolledAt: Date | null,
): Promise<boolean> {
  const accepted = await tx
    .update(users)
    .set({
      totpLastStep: step,
      failedSignIns: 0,
      ...(enrolledAt ? { totpEnabledAt: enrolledAt } : {}),
    })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return accepted.length > 0;
}

/** An invited account gets its password and becomes active. */
export async function activateUser(
  tx: Db,
  userId: string,
  passwordHash: string,
): Promise<StoredUser | null> {
  const [user] = await tx
    .update(users)
    .set({ passwordHash, status: 'active' })
    .where(eq(users.id, userId))
    .returning();
  return user ?? null;
}

const org = alias(organizations, 'org');

/**
 * The signed-in user with their municipality, employer and licence. Looked up by the
 * session's user id alone: a network admin belongs to no municipality.
 */
export async function findSessionUser(db: Db, userId: string) {
  const [row] = await db
    .select({
      user: users,
      municipality: municipalities,
      organization: org,
      licence: coordinatorLicences,
    })
    .from(users)
    .leftJoin(municipalities, eq(municipalities.id, users.municipalityId))
    .leftJoin(org, eq(org.id, users.organizationId))
    .leftJoin(coordinatorLicences, eq(coordinatorLicences.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
}

export async function setLocale(db: Db, userId: string, locale: string): Promise<void> {
  await db.update(users).set({ locale }).where(eq(users.id, userId));
}

/** Closes the account now; it is erased at `due` unless the request is undone. */
export async function markDeletionRequested(
  tx: Db,
  userId: string,
  now: Date,
  due: Date,
): Promise<void> {
  await tx
    .update(users)
    .set({ status: 'deletion_requested', deletionRequestedAt: now, deletionDueAt: due })
    .where(eq(users.id, userId));
}

/** Accounts of every municipality whose grace period is over: only for the purge sweep. */
export async function findAccountsDueForPurge(db: Db, now: Date, limit: number) {
  return db
    .select({ id: users.id, municipalityId: users.municipalityId, role: users.role })
    .from(users)
    .where(and(eq(users.status, 'deletion_requested'), lte(users.deletionDueAt, now)))
    .orderBy(asc(users.deletionDueAt))
    .limit(limit);
}

/** Erases an account still waiting for deletion; false if it was undone or erased meanwhile. */
export async function deleteAccountDueForPurge(tx: Db, userId: string): Promise<boolean> {
  const removed = await tx
    .delete(users)
    .where(and(eq(users.id, userId), eq(users.status, 'deletion_requested')))
    .returning({ id: users.id });
  return removed.length > 0;
}

/** A staff member's role within their municipality. */
export async function setRole(
  db: Db,
  municipalityId: string,
  userId: string,
  role: string,
): Promise<void> {
  await db
    .update(users)
    .set({ role })
    .where(ofMunicipality(users, municipalityId, eq(users.id, userId)));
}

/**
 * Clears a staff member's password and second factor and puts the account back to
 * `invited`, for a new activation link.
 */
export async function resetToInvited(db: Db, municipalityId: string, userId: string) {
  await db
    .update(users)
    .set({
      status: 'invited',
      passwordHash: null,
      totpSecretSealed: null,
      totpEnabledAt: null,
      totpLastStep: null,
      failedSignIns: 0,
      lockedUntil: null,
    })
    .where(ofMunicipality(users, municipalityId, eq(users.id, userId)));
}

/** The employer admins of one organization, oldest first. */
export async function findEmployerAdmins(
  db: Db,
  municipalityId: string,
  organizationId: string,
): Promise<StoredUser[]> {
  return db
    .select()
    .from(users)
    .where(
      ofMunicipality(
        users,
        municipalityId,
        eq(users.organizationId, organizationId),
        eq(users.role, 'employer_admin'),
      ),
    )
    .orderBy(asc(users.createdAt));
}

/**
 * Rows of every municipality written before identities were sealed (migration 0039), with
 * their plaintext: only for the start-up step that seals them.
 */
export async function findLegacyIdentities(db: Db) {
  return db
    .select({
      id: users.id,
      email: users.legacyEmail,
      displayName: users.legacyDisplayName,
      nickname: users.legacyNickname,
      birthYear: users.legacyBirthYear,
    })
    .from(users)
    .where(or(isNull(users.identitySealed), isNotNull(users.legacyEmail)));
}

/** Seals one legacy row and empties its plaintext; false if another instance did it first. */
export async function sealLegacyIdentity(
  db: Db,
  ctx: Crypto,
  userId: string,
  identity: Identity,
): Promise<boolean> {
  const done = await db
    .update(users)
    .set({
      ...sealedIdentityColumns(ctx, userId, identity),
      legacyEmail: null,
      legacyDisplayName: null,
      legacyNickname: null,
      legacyBirthYear: null,
    })
    .where(and(eq(users.id, userId), isNotNull(users.legacyEmail)))
    .returning({ id: users.id });
  return done.length > 0;
}

/**
 * An active coordinator or supervisor of the municipality: who can take a consultation
 * handed over or be put on the roster. With their sealed identity.
 */
export async function findActiveCareTeamMember(db: Db, municipalityId: string, userId: string) {
  const [member] = await db
    .select({ id: users.id, identitySealed: users.identitySealed })
    .from(users)
    .where(
      ofMunicipality(
        users,
        municipalityId,
        eq(users.id, userId),
        inArray(users.role, ['coordinator', 'supervisor']),
        eq(users.status, 'active'),
      ),
    )
    .limit(1);
  return member ?? null;
}
