import { eq } from 'drizzle-orm';
import type { AppContext } from '../app/context.ts';
import { notifications } from '../platform/db/schema/index.ts';
import { createMailer, type Mailer } from './mailer.ts';
import { alertRecipients } from './recipients.ts';
import { highRiskAlert, slaBreachAlert } from './alert-texts.ts';
import { sendPushToAccounts, type PushNotification } from './push/send-push.ts';

type AlertEvent = { municipalityId: string; kind: 'high_risk' | 'sla_breach'; refId: string };
type Outcome = { status: 'sent' | 'failed' | 'skipped'; error: string | null };

/** Claims the notification row of one event, person and channel; null if already claimed. */
async function claim(
  ctx: AppContext,
  event: AlertEvent,
  userId: string,
  channel: 'email' | 'push',
): Promise<string | null> {
  const [row] = await ctx.db
    .insert(notifications)
    .values({ ...event, userId, channel, createdAt: ctx.now() })
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  return row?.id ?? null;
}

async function recordOutcome(ctx: AppContext, id: string, outcome: Outcome) {
  await ctx.db
    .update(notifications)
    .set({ ...outcome, sentAt: outcome.status === 'sent' ? ctx.now() : null })
    .where(eq(notifications.id, id));
}

/**
 * The same once-per-event rule for push: claimed per person first, then one push to all
 * their live devices; `skipped` when the person has no device that accepted it.
 */
async function pushOnce(
  ctx: AppContext,
  event: AlertEvent,
  recipients: { userId: string }[],
  notification: PushNotification,
): Promise<number> {
  const claimed: { id: string; userId: string }[] = [];
  for (const { userId } of recipients) {
    const id = await claim(ctx, event, userId, 'push');
    if (id) claimed.push({ id, userId });
  }
  if (claimed.length === 0) return 0;
  const { reachedUserIds } = await sendPushToAccounts(ctx, {
    municipalityId: event.municipalityId,
    userIds: claimed.map((c) => c.userId),
    notification,
  });
  const reached = new Set(reachedUserIds);
  for (const { id, userId } of claimed) {
    await recordOutcome(ctx, id, { status: reached.has(userId) ? 'sent' : 'skipped', error: null });
  }
  return reached.size;
}

const mailers = new WeakMap<AppContext, Mailer | null>();
function mailerFor(ctx: AppContext): Mailer | null {
  if (!mailers.has(ctx)) mailers.set(ctx, createMailer(ctx.config));
  return mailers.get(ctx) ?? null;
}

/**
 * Sends one alert to each recipient once: the notification row is claimed first (the
 * unique key makes a second claim a no-op), then the mail is sent and the outcome stored.
 */
async function mailOnce(
  ctx: AppContext,
  event: AlertEvent,
  recipients: { userId: string; email: string }[],
  mail: { subject: string; text: string },
): Promise<number> {
  const mailer = mailerFor(ctx);
  let sent = 0;
  for (const recipient of recipients) {
    const rowId = await claim(ctx, event, recipient.userId, 'email');
    if (!rowId) continue;
    let outcome: Outcome = { status: 'skipped', error: null };
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
    await recordOutcome(ctx, rowId, outcome);
  }
  return sent;
}

/** Email and push, each once per event and person; returns how many mails went out. */
async function alertOnce(
  ctx: AppContext,
  event: AlertEvent,
  recipients: { userId: string; email: string }[],
  mail: { subject: string; text: string },
  notification: PushNotification,
): Promise<number> {
  const [mailed] = await Promise.all([
    mailOnce(ctx, event, recipients, mail),
    pushOnce(ctx, event, recipients, notification).catch(() => 0),
  ]);
  return mailed;
}

/** A high-risk expression alerts the supervisors on shift at once (crisis protocol). */
export async function alertHighRisk(
  ctx: AppContext,
  {
    municipalityId,
    flagId,
    consultationId,
  }: { municipalityId: string; flagId: string; consultationId: string },
): Promise<number> {
  const url = `/consultations/${consultationId}`;
  const recipients = await alertRecipients(ctx.db, {
    municipalityId,
    roles: ['supervisor'],
    now: ctx.now(),
  });
  return alertOnce(
    ctx,
    { municipalityId, kind: 'high_risk', refId: flagId },
    recipients,
    highRiskAlert(`${ctx.config.publicUrl}${url}`),
    { kind: 'high_risk', url },
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
    { kind: 'sla_breach', url: '/care/queue' },
  );
}
