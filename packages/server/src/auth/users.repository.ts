import crypto from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { users } from '../platform/db/schema/index.ts';
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
