import type { AppContext } from '../../app/context.ts';
import { findRecipientEmail } from '../recipients.ts';
import { sendPushToAccounts } from '../push/send-push.ts';
import { composeNotification } from './compose.ts';
import { deliverLineBell } from '../../line/line-bell.ts';
import type { OutboxRow } from './outbox.repository.ts';

export type Attempt =
  | { status: 'sent' | 'skipped' }
  /** `permanent`: trying again cannot help (the server refused the mail for good). */
  | {
      status: 'error';
      code: string;
      permanent: boolean;
      /** The least wait before trying again, when the server said (LINE's Retry-After). */
      retryAfterMs?: number | null;
    };

class DeliveryTimeout extends Error {}

/** Settles with `work` or rejects after `ms` (or at once when `signal` aborts), whichever is first. */
async function within<T>(work: Promise<T>, ms: number, signal: AbortSignal): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const cut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeliveryTimeout('timeout')), ms);
    onAbort = () => reject(new DeliveryTimeout('interrupted'));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work, cut]);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}

/** A code for the log and the row, never the server's text (it may quote an address). */
function errorCode(error: unknown): { code: string; permanent: boolean } {
  if (error instanceof DeliveryTimeout) return { code: error.message, permanent: false };
  const e = error as { responseCode?: unknown; code?: unknown } | null;
  if (typeof e?.responseCode === 'number') {
    return { code: `smtp_${e.responseCode}`, permanent: e.responseCode >= 500 };
  }
  // nodemailer's own timeouts (connection, greeting, socket) are the same cut as ours.
  if (e?.code === 'ETIMEDOUT') return { code: 'timeout', permanent: false };
  if (typeof e?.code === 'string' && /^[A-Z_]{2,32}$/.test(e.code)) {
    return { code: e.code, permanent: false };
  }
  return { code: 'unknown', permanent: false };
}

/**
 * One attempt at one outbox row: its texts are written from the event as it is now, and
 * sent by mail (the context's one mailer) or push within the delivery timeout. Skipped when there is nothing to send
 * (no SMTP server configured, no address, no device, the event or person is gone).
 */
export async function deliverNotification(
  ctx: AppContext,
  row: OutboxRow,
  signal: AbortSignal,
): Promise<Attempt> {
  const timeoutMs = ctx.config.outbox.deliveryTimeoutMs;
  const { mailer } = ctx;
  try {
    const composed = await composeNotification(ctx, row);
    if (!composed) return { status: 'skipped' };
    if (row.channel === 'line')
      return await within(deliverLineBell(ctx, row, composed), timeoutMs, signal);
    if (row.channel === 'email') {
      if (!mailer || !composed.mail) return { status: 'skipped' };
      const email =
        composed.recipient ??
        (await findRecipientEmail(ctx.db, ctx, row.municipalityId, row.userId));
      if (!email) return { status: 'skipped' };
      await within(mailer.send({ to: email, ...composed.mail }), timeoutMs, signal);
      return { status: 'sent' };
    }
    if (!composed.push) return { status: 'skipped' };
    const outcome = await within(
      sendPushToAccounts(ctx, {
        municipalityId: row.municipalityId,
        userIds: [row.userId],
        notification: composed.push,
      }),
      timeoutMs,
      signal,
    );
    if (outcome.reachedUserIds.includes(row.userId)) return { status: 'sent' };
    // Devices that exist but could not be reached are worth another try; none is not.
    if (outcome.failed > 0) return { status: 'error', code: 'push_failed', permanent: false };
    return { status: 'skipped' };
  } catch (error) {
    return { status: 'error', ...errorCode(error) };
  }
}
