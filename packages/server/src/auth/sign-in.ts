import type { Role } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { verifyAgainstDecoy, verifyPassword } from './password.ts';
import { startSession, type RequestSession } from './session.service.ts';
import { findUserByEmail, type UserRow } from './users.repository.ts';
import { revokeSession } from './sessions.repository.ts';
import { blockedUntil, throttleKeys, type ThrottleScope } from './sign-in-throttle.ts';
import { clearThrottles, countThrottleFailure, loadThrottles } from './throttles.repository.ts';
import { verifyTotp } from './mfa.service.ts';

interface SignInInput {
  email: string;
  password: string;
  totpCode?: string | undefined;
  sourceAddress: string;
  userAgent: string | null;
}

/**
 * Which of the attempt's counters hold it back now. The second factor lets staff through
 * a slowdown of their account alone; one from their own source address still holds.
 */
async function throttleInForce(
  ctx: AppContext,
  keys: Record<ThrottleScope, string>,
  hasSecondFactor: boolean,
): Promise<boolean> {
  const rows = await loadThrottles(ctx.db, Object.values(keys));
  const { throttle } = ctx.config.login;
  return (Object.keys(keys) as ThrottleScope[]).some((scope) => {
    if (scope === 'account' && hasSecondFactor) return false;
    const row = rows.find((r) => r.key === keys[scope]);
    return row ? blockedUntil(row.failures, row.lastFailureAt, throttle[scope], ctx.now()) : false;
  });
}

/**
 * The same writes whether or not the address belongs to someone: one failure on each
 * counter and one audit entry (without a municipality when there is no account).
 */
async function recordFailedSignIn(
  ctx: AppContext,
  user: UserRow | null,
  keys: Record<ThrottleScope, string>,
) {
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await countThrottleFailure(tx, Object.values(keys), now);
    await recordAudit(
      tx,
      {
        action: 'auth.sign_in_failed',
        municipalityId: user?.municipalityId ?? null,
        actor: user ? { userId: user.id, role: user.role as Role } : null,
      },
      now,
    );
  });
}

/**
 * Signs in with an address and password. Every answer and every piece of work is the
 * same for an address nobody uses as for a wrong password: a password hash is checked
 * (a decoy one), the same rows are written, the same error is thrown.
 */
export async function signIn(ctx: AppContext, input: SignInInput): Promise<RequestSession> {
  const keys = throttleKeys(input.email, input.sourceAddress);
  if (await throttleInForce(ctx, keys, input.totpCode !== undefined)) {
    throw new AppError('SIGN_IN_THROTTLED');
  }
  const found = await findUserByEmail(ctx.db, ctx, input.email);
  const user = found && found.status === 'active' && found.passwordHash ? found : null;
  const passwordOk = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstDecoy(input.password);
  if (!user || !passwordOk) {
    await recordFailedSignIn(ctx, user, keys);
    throw new AppError('INVALID_CREDENTIALS');
  }
  // Only second-factor failures lock; telling it is safe once the password was right.
  if (user.lockedUntil && user.lockedUntil > ctx.now()) throw new AppError('ACCOUNT_LOCKED');
  const session = await ctx.db.transaction(async (tx) => {
    await clearThrottles(tx, [keys.pair, keys.account]);
    const started = await startSession(ctx, tx, { user, userAgent: input.userAgent });
    await recordAudit(
      tx,
      { action: 'auth.sign_in', municipalityId: user.municipalityId, actor: started.actor },
      ctx.now(),
    );
    return started;
  });
  if (input.totpCode === undefined) return session;
  try {
    await verifyTotp(ctx, { session, code: input.totpCode });
  } catch (error) {
    await revokeSession(ctx.db, session.actor.sessionId, ctx.now());
    throw error;
  }
  return { ...session, mfaVerified: true, actor: { ...session.actor, mfaSatisfied: true } };
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
