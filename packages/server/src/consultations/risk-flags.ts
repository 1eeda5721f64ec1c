import { maxUrgency, screenForRisk, type RiskCategory } from '@yorisoi/shared';
import type { Db } from '../platform/db/database.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { enqueueHighRiskAlert } from '../notifications/notify.service.ts';
import { setConsultationUrgency } from './consultations.repository.ts';
import { insertRiskFlag, type RiskFlagRow } from './risk-flags.repository.ts';

/** Whether a message must be stored together with a risk flag (only the person's are screened). */
export function needsRiskFlag(senderRole: string, body: string): boolean {
  return (
    (senderRole === 'worker' || senderRole === 'family') && screenForRisk(body).level !== 'none'
  );
}

/**
 * The crisis protocol's first step, run inside the transaction that stores the person's
 * message, so a message and its risk flag commit together: a risk expression is flagged
 * for the care team and, when high, the consultation goes to the top of the queue and the
 * supervisors on shift are alerted through the outbox (sent after commit, never awaited by
 * the send). The caller wakes the outbox worker once the transaction has committed.
 */
export async function flagRiskInMessage(
  tx: Db,
  {
    municipalityId,
    consultationId,
    seq,
    senderRole,
    body,
    now,
  }: {
    municipalityId: string;
    consultationId: string;
    seq: number;
    senderRole: string;
    body: string;
    now: Date;
  },
): Promise<RiskFlagRow | null> {
  if (!needsRiskFlag(senderRole, body)) return null;
  const screening = screenForRisk(body);
  return raiseRiskFlag(tx, {
    municipalityId,
    consultationId,
    seq,
    level: screening.level as 'concern' | 'high',
    categories: screening.categories,
    now,
    source: 'message',
  });
}

/**
 * Flags a consultation for the care team, from a message's risk phrase or a questionnaire's
 * high score alike: stored with the message sequence it follows; when high, the
 * consultation goes to the top of the queue and the supervisors on shift are alerted
 * through the outbox. Call inside the transaction that stores what raised it.
 */
export async function raiseRiskFlag(
  tx: Db,
  {
    municipalityId,
    consultationId,
    seq,
    level,
    categories,
    now,
    source,
  }: {
    municipalityId: string;
    consultationId: string;
    seq: number;
    level: 'concern' | 'high';
    categories: RiskCategory[];
    now: Date;
    source: 'message' | 'questionnaire';
  },
): Promise<RiskFlagRow | null> {
  const flag = await insertRiskFlag(tx, municipalityId, {
    consultationId,
    messageSeq: seq,
    level,
    categories,
    createdAt: now,
  });
  if (level === 'high') {
    await setConsultationUrgency(tx, municipalityId, consultationId, maxUrgency);
    // The supervisors' alert commits with the flag; the outbox worker mails it afterwards.
    if (flag) await enqueueHighRiskAlert(tx, { municipalityId, flagId: flag.id, now });
  }
  await recordAudit(
    tx,
    {
      action: 'consultation.risk_flagged',
      municipalityId,
      target: { type: 'consultation', id: consultationId },
      detail: source === 'message' ? { level, seq } : { level, seq, source },
    },
    now,
  );
  return flag;
}

export function presentRiskFlag(row: RiskFlagRow) {
  return {
    id: row.id,
    level: row.level as 'concern' | 'high',
    categories: row.categories as RiskCategory[],
    messageSeq: row.messageSeq,
    createdAt: row.createdAt.toISOString(),
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
  };
}
