import type { Role } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { verifyAgainstDecoy, verifyPassword } from './password.ts';
import { startSession, type RequestSession } from './session.service.ts';
import {
  clearFailedSignIns,
  findUserByEmail,
  incrementFailedSignIns,
  lockUser,
  type UserRow,
} from './users.repository.ts';
import { revokeSession } from './sessions.repository.ts';

/**
 * Counts a failed password or second-factor attempt; after LOGIN_MAX_FAILURES in a row
 * the account is locked for LOGIN_LOCK_MINUTES. Commits before the caller throws.
 */
export async function recordFailedAttempt(
  ctx: AppContext,
  user: UserRow,
  reason: 'password' | 'totp',
) {
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const failures = await incrementFailedSignIns(tx, user.id);
    const actor = { userId: user.id, role: user.role as Role };
    await recordAudit(
      tx,
      {
        action: reason === 'password' ? 'auth.sign_in_failed' : 'auth.mfa_failed',
        municipalityId: user.municipalityId,
        actor,
        detail: { failures },
      },
      now,
    );
    if (failures >= ctx.config.login.maxFailures) {
      await lockUser(tx, user.id, new Date(now.getTime() + ctx.config.login.lockMinutes * 60_000));
      await recordAudit(
        tx,
        { action: 'auth.locked', municipalityId: user.municipalityId, actor },
        now,
      );
    }
  });
}

export async function signIn(
  ctx: AppContext,
  { email, password, userAgent }: { email: string; password: string; userAgent: string | null },
): Promise<RequestSession> {
  const user = await findUserByEmail(ctx.db, email);
  if (!user || user.status !== 'active' || !user.passwordHash) {
    await verifyAgainstDecoy(password);
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (user.lockedUntil && user.lockedUntil > ctx.now()) throw new AppError('ACCOUNT_LOCKED');
  if (!(await verifyPassword(user.passwordHash, password))) {
    await recordFailedAttempt(ctx, user, 'password');
    throw new AppError('INVALID_CREDENTIALS');
  }
  return ctx.db.transaction(async (tx) => {
    await clearFailedSignIns(tx, user.id);
    const session = await startSession(ctx, tx, { user, userAgent });
    await recordAudit(
      tx,
      { action: 'auth.sign_in', municipalityId: user.municipalityId, actor: session.actor },
      ctx.now(),
    );
    return session;
  });
}

export async function signOut(ctx: AppContext, session: RequestSession | null): Promise<void> {
  if (!session) return;
  await ctx.db.transaction(async (tx) => {
    await revokeSession(tx, session.actor.sessionId, ctx.now());
    await recordAudit(tx, {
      action: 'auth.sign_out',
      municipalityId: session.actor.municipalityId,
      actor: session.actor,
    });
  });
}
