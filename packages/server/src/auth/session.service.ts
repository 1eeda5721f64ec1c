import { isStaffRole, type Role } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Db } from '../platform/db/database.ts';
import { hashToken, newOpaqueToken } from '../platform/crypto/tokens.ts';
import type { Actor } from '../policy/actor.ts';
import { findLiveSession, insertSession, touchSession } from './sessions.repository.ts';
import type { UserRow } from './users.repository.ts';

/** The session behind a request, as the auth hook resolved it. */
export interface RequestSession {
  actor: Actor;
  token: string;
  totpEnrolled: boolean;
  mfaVerified: boolean;
}

/** Don't write last_seen_at on every request: once a minute is precise enough. */
const touchIntervalMs = 60_000;

/** What a session needs of its user: never who they are, so no identity is opened for it. */
type SessionSubject = Pick<
  UserRow,
  'id' | 'role' | 'municipalityId' | 'organizationId' | 'locale' | 'totpEnabledAt'
>;

export async function startSession(
  ctx: AppContext,
  tx: Db,
  { user, userAgent }: { user: SessionSubject; userAgent: string | null },
): Promise<RequestSession> {
  const token = newOpaqueToken();
  const role = user.role as Role;
  const ttlHours = isStaffRole(role)
    ? ctx.config.sessionTtlHours.staff
    : ctx.config.sessionTtlHours.worker;
  const now = ctx.now();
  const sessionId = await insertSession(tx, {
    tokenHash: hashToken(token),
    userId: user.id,
    mfaVerified: false,
    userAgent: userAgent?.slice(0, 300) ?? null,
    expiresAt: new Date(now.getTime() + ttlHours * 3_600_000),
  });
  return {
    token,
    actor: actorOf(user, sessionId, false),
    totpEnrolled: user.totpEnabledAt !== null,
    mfaVerified: false,
  };
}

export function actorOf(user: SessionSubject, sessionId: string, mfaVerified: boolean): Actor {
  const role = user.role as Role;
  return {
    userId: user.id,
    sessionId,
    role,
    municipalityId: user.municipalityId,
    organizationId: user.organizationId,
    locale: user.locale === 'en' ? 'en' : 'ja',
    mfaSatisfied: !isStaffRole(role) || (user.totpEnabledAt !== null && mfaVerified),
  };
}

export async function resolveSession(
  ctx: AppContext,
  token: string,
): Promise<RequestSession | null> {
  const now = ctx.now();
  const found = await findLiveSession(ctx.db, hashToken(token), now);
  if (!found) return null;
  if (now.getTime() - found.session.lastSeenAt.getTime() > touchIntervalMs) {
    await touchSession(ctx.db, found.session.id, now);
  }
  return {
    token,
    actor: actorOf(found.user, found.session.id, found.session.mfaVerified),
    totpEnrolled: found.user.totpEnabledAt !== null,
    mfaVerified: found.session.mfaVerified,
  };
}
