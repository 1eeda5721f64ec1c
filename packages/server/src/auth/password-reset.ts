import type { Role, TLocale, TPasswordResetRequested } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { AppError } from '../platform/errors.ts';
import { hashToken } from '../platform/crypto/tokens.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { hashPassword } from './password.ts';
import { accountMailConfigured, sendAccountMail } from './account-mail.ts';
import { findUserByEmail, openUser } from './users.repository.ts';
import { revokeAllSessionsOfUser } from './sessions.repository.ts';
import { throttleKeys } from './sign-in-throttle.ts';
import { clearThrottles } from './throttles.repository.ts';
import {
  findResetToken,
  insertResetToken,
  setPasswordHash,
  useResetTokens,
} from './reset-tokens.repository.ts';
import { isResetUsable, newResetToken, resetLinkFor, resetValidityMinutes } from './reset-token.ts';

function resetMail(locale: TLocale, link: string) {
  if (locale === 'en') {
    return {
      subject: 'Yorisoi: resetting your password',
      text: `Someone (we hope you) asked to reset the password of your Yorisoi account.\n\nOpen this link within ${resetValidityMinutes} minutes to choose a new password. It works once; afterwards every device is signed out.\n\n${link}\n\nIf you did not ask for this, you can ignore this mail: your password stays as it is.`,
    };
  }
  return {
    subject: '【Yorisoi】パスワードの再設定',
    text: `Yorisoi のアカウントのパスワード再設定が申し込まれました。\n\n${resetValidityMinutes}分以内に次のリンクを開き、新しいパスワードを決めてください。リンクは1回だけ使えます。再設定すると、すべての端末からログアウトされます。\n\n${link}\n\nお心当たりがない場合は、このメールを破棄してください。パスワードは変わりません。`,
  };
}

/** Looks the address up, stores a link and mails it; nothing at all for unknown addresses. */
async function mailResetLink(ctx: AppContext, email: string): Promise<void> {
  const user = await findUserByEmail(ctx.db, ctx, email);
  if (!user || user.status !== 'active') return;
  const now = ctx.now();
  const { token, tokenHash, expiresAt } = newResetToken(now);
  await ctx.db.transaction(async (tx) => {
    await insertResetToken(tx, { userId: user.id, tokenHash, expiresAt });
    await recordAudit(
      tx,
      {
        action: 'auth.password_reset_requested',
        municipalityId: user.municipalityId,
        actor: { userId: user.id, role: user.role as Role },
      },
      now,
    );
  });
  const locale: TLocale = user.locale === 'en' ? 'en' : 'ja';
  await sendAccountMail(ctx, {
    to: user.email,
    ...resetMail(locale, resetLinkFor(ctx.config.publicUrl, token)),
  });
}

/**
 * Answers at once and the same for every address; the lookup, the link and the mail
 * happen after the answer, so neither its content nor its timing tells whether the
 * address belongs to someone. Without mail there is nothing to send, and the answer
 * says so (for the whole installation, not for the address).
 */
export function requestPasswordReset(
  ctx: AppContext,
  { email, onError }: { email: string; onError: (error: unknown) => void },
): TPasswordResetRequested {
  if (!accountMailConfigured(ctx)) return { delivery: 'unavailable' };
  void mailResetLink(ctx, email).catch(onError);
  return { delivery: 'mail' };
}

/**
 * Sets a new password with a reset link. The link and every other open link of the
 * account are used up, every session ends, and the slowdown strangers' guesses put on
 * the account is lifted: the reset link is how a person gets past it.
 */
export async function resetPassword(
  ctx: AppContext,
  { token, password }: { token: string; password: string },
): Promise<void> {
  const passwordHash = await hashPassword(password);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const found = await findResetToken(tx, hashToken(token));
    if (!found || !isResetUsable(found.reset, now) || found.user.status !== 'active') {
      throw new AppError('PASSWORD_RESET_TOKEN_INVALID');
    }
    const { user } = found;
    if (!(await useResetTokens(tx, { userId: user.id, resetId: found.reset.id, now }))) {
      throw new AppError('PASSWORD_RESET_TOKEN_INVALID');
    }
    await setPasswordHash(tx, user.id, passwordHash);
    const ended = await revokeAllSessionsOfUser(tx, user.id, now);
    await clearThrottles(tx, [throttleKeys(openUser(ctx, user).email, '').account]);
    await recordAudit(
      tx,
      {
        action: 'auth.password_reset',
        municipalityId: user.municipalityId,
        actor: { userId: user.id, role: user.role as Role },
        detail: { sessionsEnded: ended },
      },
      now,
    );
  });
}
