import type { AppContext } from '../app/context.ts';
import type { Db } from '../platform/db/database.ts';
import { findRiskFlagConsultationId } from '../consultations/risk-flags.repository.ts';
import { findBreachKind } from '../sla/breaches.repository.ts';
import { alertRecipients } from './recipients.ts';
import { highRiskAlert, slaBreachAlert } from './alert-texts.ts';
import { enqueueNotifications, type OutboxRow } from './outbox/outbox.repository.ts';
import type { Composed } from './outbox/compose.ts';

export type AlertKind = 'high_risk' | 'sla_breach';

/** Email and push to each recipient, as outbox rows of one event. */
async function enqueueAlert(
  tx: Db,
  event: { municipalityId: string; kind: AlertKind; refId: string },
  roles: ('coordinator' | 'supervisor')[],
  now: Date,
): Promise<number> {
  const recipients = await alertRecipients(tx, {
    municipalityId: event.municipalityId,
    roles,
    now,
  });
  const added = await enqueueNotifications(
    tx,
    recipients.flatMap(({ userId }) => [
      { ...event, userId, channel: 'email' as const },
      { ...event, userId, channel: 'push' as const },
    ]),
    now,
  );
  return added.filter((entry) => entry.channel === 'email').length;
}

/**
 * A high-risk expression alerts the supervisors on shift at once (crisis protocol). Run in
 * the transaction that stores the flag; the outbox worker sends after commit, so the
 * message itself never waits for a mail server. Returns how many mails are queued.
 */
export function enqueueHighRiskAlert(
  tx: Db,
  { municipalityId, flagId, now }: { municipalityId: string; flagId: string; now: Date },
): Promise<number> {
  return enqueueAlert(
    tx,
    { municipalityId, kind: 'high_risk', refId: flagId },
    ['supervisor'],
    now,
  );
}

/** A missed response target alerts the care team on shift (on duty or on call). */
export function enqueueSlaBreachAlert(
  tx: Db,
  { municipalityId, breachId, now }: { municipalityId: string; breachId: string; now: Date },
): Promise<number> {
  return enqueueAlert(
    tx,
    { municipalityId, kind: 'sla_breach', refId: breachId },
    ['coordinator', 'supervisor'],
    now,
  );
}

/** The texts of an alert, written at delivery; null when its event is gone. */
export async function composeAlert(ctx: AppContext, row: OutboxRow): Promise<Composed | null> {
  if (row.kind === 'high_risk') {
    const consultationId = await findRiskFlagConsultationId(ctx.db, row.municipalityId, row.refId);
    if (consultationId === null) return null;
    const url = `/consultations/${consultationId}`;
    return {
      mail: highRiskAlert(`${ctx.config.publicUrl}${url}`),
      push: { kind: 'high_risk', url },
    };
  }
  const breachKind = await findBreachKind(ctx.db, row.municipalityId, row.refId);
  if (breachKind === null) return null;
  return {
    mail: slaBreachAlert(
      `${ctx.config.publicUrl}/care/queue`,
      breachKind === 'firstResponse' ? 'firstResponse' : 'nextResponse',
    ),
    push: { kind: 'sla_breach', url: '/care/queue' },
  };
}
