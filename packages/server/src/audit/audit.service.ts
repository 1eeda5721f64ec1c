import { asc, desc, eq, gt, lt, and, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { auditLog } from '../platform/db/schema/index.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, tenantScope } from '../policy/policy.ts';
import { chainHash, genesisHash, type AuditContent } from './audit-chain.ts';

/** What is audited. Reads of personal data by staff end in `.read`. */
export type AuditAction =
  | 'auth.sign_in'
  | 'auth.sign_in_failed'
  | 'auth.sign_out'
  | 'auth.sign_out_everywhere'
  | 'auth.locked'
  | 'auth.mfa_enrolled'
  | 'auth.mfa_failed'
  | 'auth.activated'
  | 'auth.password_reset_requested'
  | 'auth.password_reset'
  | 'auth.access_reset'
  | 'account.sign_up_requested'
  | 'account.enrolled'
  | 'account.profile_updated'
  | 'account.exported'
  | 'account.deletion_requested'
  | 'account.purged'
  | 'consent.granted'
  | 'consent.withdrawn'
  | 'role.assigned'
  | 'role.changed'
  | 'licence.verification_set'
  | 'care_team.read'
  | 'employer_admins.read'
  | 'audit.read'
  | 'consultation.started'
  | 'consultation.claimed'
  | 'consultation.read'
  | 'consultation.closed'
  | 'consultation.risk_flagged'
  | 'consultation.risk_acknowledged'
  | 'consultation.risk_alert_seen'
  | 'consultation.person_context_read'
  | 'consultation.routed'
  | 'consultation.note_added'
  | 'consultation.transferred'
  | 'disclosure.requested'
  | 'disclosure.approved'
  | 'disclosure.rejected'
  | 'disclosure.identity_viewed'
  | 'referral.proposed'
  | 'survey.created'
  | 'survey.results_released'
  | 'report.created'
  | 'report.submitted'
  | 'report.approved'
  | 'report.published'
  | 'roster.shift_created'
  | 'roster.shift_deleted'
  | 'consultation.supervisor_joined'
  | 'consultation.supervisor_left'
  | 'availability.weekly_set'
  | 'availability.exception_added'
  | 'availability.exception_deleted'
  | 'appointment.booked'
  | 'appointment.cancelled'
  | 'appointment.rescheduled'
  | 'appointment.opened'
  | 'call.started'
  | 'call.accepted'
  | 'call.declined'
  | 'call.ended'
  | 'statistics.released'
  | 'statistics.refused'
  | 'statistics.exported'
  | 'statistics.settings_changed'
  | 'event.created'
  | 'event.updated'
  | 'event.cancelled'
  | 'event.registrations_viewed'
  | 'event.attendance_recorded'
  | 'event.exported'
  | 'childcare.opendata_imported'
  | 'childcare.opendata_exported'
  | 'childcare.vacancies_updated'
  | 'childcare.vacancies_published'
  | 'childcare.reminders_sent'
  | 'childcare.settings_changed'
  | 'childcare.facility_staff_bound';

export interface AuditEvent {
  action: AuditAction;
  municipalityId: string | null;
  actor?: Pick<Actor, 'userId' | 'role'> | null;
  target?: { type: string; id: string } | null;
  detail?: AuditContent['detail'];
}

/** Any constant; all writers of the chain take the same transaction lock. */
const auditChainLockKey = 4_184_550_031;

/**
 * Appends one entry to the chain. Must run inside the transaction of the change it
 * records, so that the change and its audit entry commit together or not at all.
 */
export async function recordAudit(
  tx: Db,
  event: AuditEvent,
  now: Date = new Date(),
): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${auditChainLockKey})`);
  const [last] = await tx
    .select({ hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  const content: AuditContent = {
    at: now.toISOString(),
    municipalityId: event.municipalityId,
    actorId: event.actor?.userId ?? null,
    actorRole: event.actor?.role ?? null,
    action: event.action,
    targetType: event.target?.type ?? null,
    targetId: event.target?.id ?? null,
    detail: event.detail ?? {},
  };
  const prevHash = last?.hash ?? genesisHash;
  await tx.insert(auditLog).values({ ...content, prevHash, hash: chainHash(prevHash, content) });
}

export interface ChainVerification {
  ok: boolean;
  entries: number;
  firstBrokenSeq: number | null;
  reason: string | null;
}

/** Walks the whole chain in order, recomputing every hash. */
export async function verifyAuditChain(db: Db, batchSize = 1000): Promise<ChainVerification> {
  let prevHash = genesisHash;
  let lastSeq = 0;
  let entries = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, lastSeq))
      .orderBy(asc(auditLog.seq))
      .limit(batchSize);
    if (rows.length === 0) return { ok: true, entries, firstBrokenSeq: null, reason: null };
    for (const row of rows) {
      if (row.prevHash !== prevHash) {
        return {
          ok: false,
          entries,
          firstBrokenSeq: row.seq,
          reason: 'previous hash does not match',
        };
      }
      const expected = chainHash(prevHash, { ...row, at: row.at });
      if (expected !== row.hash) {
        return { ok: false, entries, firstBrokenSeq: row.seq, reason: 'entry content was changed' };
      }
      prevHash = row.hash;
      lastSeq = row.seq;
      entries++;
    }
  }
}

/** Recent entries of the actor's municipality, newest first (supervisors). */
export async function listAuditEntries(
  db: Db,
  { actor, before, limit = 100 }: { actor: Actor; before?: number | undefined; limit?: number },
) {
  authorize(actor, 'audit.read', tenantScope(actor));
  const municipalityId = actor.municipalityId as string;
  const rows = await db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.municipalityId, municipalityId),
        before ? lt(auditLog.seq, before) : undefined,
      ),
    )
    .orderBy(desc(auditLog.seq))
    .limit(limit);
  await db.transaction((tx) =>
    recordAudit(tx, {
      action: 'audit.read',
      municipalityId,
      actor,
      detail: { count: rows.length },
    }),
  );
  return rows;
}
