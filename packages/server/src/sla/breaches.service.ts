import type { AppContext } from '../app/context.ts';
import { slaClock } from './sla.ts';
import { loadOpenConsultationWaitsEverywhere } from './wait-times.repository.ts';
import { insertSlaBreachOnce } from './breaches.repository.ts';
import { enqueueSlaBreachAlert } from '../notifications/notify.service.ts';

/**
 * Finds open consultations whose response target has passed and records each missed
 * wait once. A system sweep over every municipality; safe on several instances at once
 * (the unique key makes a second record of the same wait a no-op).
 */
export async function recordSlaBreaches(ctx: AppContext): Promise<number> {
  const rows = await loadOpenConsultationWaitsEverywhere(ctx.db);
  const now = ctx.now();
  let recorded = 0;
  for (const row of rows) {
    const { wait } = row;
    if (!wait) continue;
    const clock = slaClock({ kind: wait.kind, waitingSince: wait.since, now });
    if (!clock.breached) continue;
    // The breach and its alert commit together; the outbox worker mails it afterwards.
    const breach = await ctx.db.transaction(async (tx) => {
      const breachId = await insertSlaBreachOnce(tx, row.municipalityId, {
        consultationId: row.id,
        kind: wait.kind,
        band: clock.band,
        waitingSince: wait.since,
        deadline: clock.deadline,
        detectedAt: now,
      });
      if (breachId) {
        await enqueueSlaBreachAlert(tx, { municipalityId: row.municipalityId, breachId, now });
      }
      return breachId;
    });
    if (breach) recorded++;
  }
  if (recorded > 0) ctx.outbox.wake();
  return recorded;
}
