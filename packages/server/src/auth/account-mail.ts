import type { AppContext } from '../app/context.ts';
import { createMailer, type Mail, type Mailer } from '../notifications/mailer.ts';

const mailers = new WeakMap<AppContext, Mailer | null>();
function mailerFor(ctx: AppContext): Mailer | null {
  if (!mailers.has(ctx)) mailers.set(ctx, createMailer(ctx.config));
  return mailers.get(ctx) ?? null;
}

/** Whether this installation can send account mail at all (SMTP_URL is set). */
export function accountMailConfigured(ctx: AppContext): boolean {
  return mailerFor(ctx) !== null;
}

/**
 * The one way auth/ sends mail to a person about their account (reset links), so that
 * the transport can be changed in one place. Returns false when no mail is configured.
 */
export async function sendAccountMail(ctx: AppContext, mail: Mail): Promise<boolean> {
  const mailer = mailerFor(ctx);
  if (!mailer) return false;
  await mailer.send(mail);
  return true;
}
