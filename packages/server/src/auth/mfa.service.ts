import QRCode from 'qrcode';
import { isStaffRole, type Role, type TTotpSetupResponse } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { openField, sealField } from '../platform/crypto/sealed-field.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { checkTotp, newTotpSecret, totpUri } from './totp.ts';
import { markSessionMfaVerified } from './sessions.repository.ts';
import {
  acceptTotpStep,
  findUserById,
  incrementFailedSignIns,
  lockUser,
  setPendingTotpSecret,
  type UserRow,
} from './users.repository.ts';
import type { RequestSession } from './session.service.ts';

/**
 * Counts a failed second-factor code (the password was right, so no stranger can do
 * this); after LOGIN_MAX_FAILURES in a row the account is locked for LOGIN_LOCK_MINUTES.
 * Commits before the caller throws.
 */
export async function recordFailedTotp(ctx: AppContext, user: UserRow) {
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const failures = await incrementFailedSignIns(tx, user.id);
    const actor = { userId: user.id, role: user.role as Role };
    await recordAudit(
      tx,
      {
        action: 'auth.mfa_failed',
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

const secretContext = (userId: string) => `users.totp_secret:${userId}`;

async function loadStaffUser(ctx: AppContext, session: RequestSession) {
  const user = await findUserById(ctx.db, ctx, session.actor.userId);
  if (!user || !isStaffRole(session.actor.role)) throw new AppError('FORBIDDEN');
  return user;
}

/** Makes a new secret for a staff member who has not enrolled yet. */
export async function startTotpSetup(
  ctx: AppContext,
  { session }: { session: RequestSession },
): Promise<TTotpSetupResponse> {
  const user = await loadStaffUser(ctx, session);
  if (user.totpEnabledAt) throw new AppError('TOTP_ALREADY_ENROLLED');
  const secret = newTotpSecret();
  await setPendingTotpSecret(
    ctx.db,
    user.id,
    sealField(ctx.keyring, secret, secretContext(user.id)),
  );
  const otpauthUri = totpUri(secret, user.email);
  const qrSvg = await QRCode.toString(otpauthUri, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
  });
  return { secret, otpauthUri, qrSvg };
}

async function acceptCode(
  ctx: AppContext,
  session: RequestSession,
  code: string,
  enrolling: boolean,
) {
  const user = await loadStaffUser(ctx, session);
  if (enrolling && user.totpEnabledAt) throw new AppError('TOTP_ALREADY_ENROLLED');
  if (!enrolling && !user.totpEnabledAt) throw new AppError('MFA_ENROLMENT_REQUIRED');
  if (!user.totpSecretSealed) throw new AppError('TOTP_INVALID');
  if (user.lockedUntil && user.lockedUntil > ctx.now()) throw new AppError('ACCOUNT_LOCKED');
  const secret = openField(ctx.keyring, user.totpSecretSealed, secretContext(user.id));
  const step = checkTotp(secret, code, user.totpLastStep, ctx.now());
  if (step === null) {
    await recordFailedTotp(ctx, user);
    throw new AppError('TOTP_INVALID');
  }
  await ctx.db.transaction(async (tx) => {
    // The step only moves forward: a concurrent request with the same code loses here.
    if (!(await acceptTotpStep(tx, user.id, step, enrolling ? ctx.now() : null)))
      throw new AppError('TOTP_INVALID');
    await markSessionMfaVerified(tx, session.actor.sessionId);
    if (enrolling) {
      await recordAudit(tx, {
        action: 'auth.mfa_enrolled',
        municipalityId: user.municipalityId,
        actor: session.actor,
      });
    }
  });
}

export async function enableTotp(
  ctx: AppContext,
  { session, code }: { session: RequestSession; code: string },
) {
  await acceptCode(ctx, session, code, true);
}

export async function verifyTotp(
  ctx: AppContext,
  { session, code }: { session: RequestSession; code: string },
) {
  await acceptCode(ctx, session, code, false);
}
