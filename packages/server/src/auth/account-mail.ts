import type { AppContext } from '../app/context.ts';
import type { Mail } from '../notifications/mailer.ts';

/** Whether this installation can send account mail at all (SMTP_URL is set). */
export function accountMailConfigured(ctx: AppContext): boolean {
  return ctx.mailer !== null;
}

/**
 * The one way auth/ sends mail to a person about their account (reset links), so that
 * the transport can be changed in one place. Returns false when no mail is configured.
 */
export async function sendAccountMail(ctx: AppContext, mail: Mail): Promise<boolean> {
  if (!ctx.mailer) return false;
  await ctx.mailer.send(mail);
  return true;
}
