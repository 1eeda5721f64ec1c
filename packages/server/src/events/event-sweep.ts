import type { AppContext } from '../app/context.ts';
import { purgeEventContacts } from './events.repository.ts';
import { sendEventReminders } from './event-notices.ts';

/**
 * Erases the contact details of registrations whose event ended more than
 * EVENT_CONTACT_RETENTION_DAYS ago; the registrations and their counts stay.
 */
export async function purgeEventContactDetails(ctx: AppContext, limit = 1000): Promise<number> {
  const now = ctx.now();
  const endedBefore = new Date(now.getTime() - ctx.config.eventContactRetentionDays * 86_400_000);
  let purged = 0;
  for (;;) {
    const batch = await purgeEventContacts(ctx.db, { endedBefore, now, limit });
    purged += batch;
    if (batch < limit) return purged;
  }
}

/** Run with the appointment sweep: the day-before reminders, then the contact purge. */
export async function sweepEvents(ctx: AppContext) {
  const reminded = await sendEventReminders(ctx);
  const purged = await purgeEventContactDetails(ctx);
  return { reminded, purged };
}
