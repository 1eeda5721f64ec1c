import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../app/context.ts';
import { notifications } from '../platform/db/schema/index.ts';
import { createMailer, type Mailer } from './mailer.ts';
import { alertRecipients } from './recipients.ts';
import { highRiskAlert, slaBreachAlert } from './alert-texts.ts';

const mailers = new WeakMap<AppContext, Mailer | null>();
function mailerFor(ctx: AppContext): Mailer | null {
  if (!mailers.has(ctx)) mailers.set(ctx, createMailer(ctx.config));
  return mailers.get(ctx) ?? null;
}

/**
 * Sends one alert to each recipient once: the notification row is claimed first (the
 * unique key makes a second claim a no-op), then the mail is sent and the outcome stored.
 */
async function alertOnce(
  ctx: AppContext,
  event: { municipalityId: string; kind: 'high_risk' | 'sla_breach'; refId: string },
  recipients: { userId: string; email: string }[],
  mail: { subject: string; text: string },
): Promise<number> {
  const mailer = mailerFor(ctx);
  let sent = 0;
  for (const recipient of recipients) {
    const claimed = await ctx.db
      .insert(notifications)
      .values({ ...event, userId: recipient.userId, channel: 'email', createdAt: ctx.now() })
      .onConflictDoNothing()
      .returning({ id: notifications.id });
    const row = claimed[0];
    if (!row) continue;
    let outcome: { status: 'sent' | 'failed' | 'skipped'; error: string | null } = {
      status: 'skipped',
      error: null,
    };
    if (mailer) {
      try {
        await mailer.send({ to: recipient.email, ...mail });
        outcome = { status: 'sent', error: null };
        sent++;
      } catch (error) {
        outcome = {
          status: 'failed',
          error: error instanceof Error ? error.message.slice(0, 300) : 'unknown',
        };
      }
    }
    await ctx.db
      .update(notifications)
      .set({ ...outcome, sentAt: outcome.status === 'sent' ? ctx.now() : null })
      .where(and(eq(notifications.id, row.id)));
  }
  return sent;
}

/** A high-risk expression alerts the supervisors on shift at once (crisis protocol). */
export async function alertHighRisk(
  ctx: AppContext,
  { municipalityId, flagId }: { municipalityId: string; flagId: string },
): Promise<number> {
  const recipients = await alertRecipients(ctx.db, {
    municipalityId,
    roles: ['supervisor'],
    now: ctx.now(),
  });
  return alertOnce(
    ctx,
    { municipalityId, kind: 'high_risk', refId: flagId },
    recipients,
    highRiskAlert(`${ctx.config.publicUrl}/care/queue`),
  );
}

/** A missed response target alerts the care team on shift (on duty or on call). */
export async function alertSlaBreach(
  ctx: AppContext,
  {
    municipalityId,
    breachId,
    kind,
  }: { municipalityId: string; breachId: string; kind: 'firstResponse' | 'nextResponse' },
): Promise<number> {
  const recipients = await alertRecipients(ctx.db, {
    municipalityId,
    roles: ['coordinator', 'supervisor'],
    now: ctx.now(),
  });
  return alertOnce(
    ctx,
    { municipalityId, kind: 'sla_breach', refId: breachId },
    recipients,
    slaBreachAlert(`${ctx.config.publicUrl}/care/queue`, kind),
  );
}
