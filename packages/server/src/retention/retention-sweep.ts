import { retentionRules, type RetentionKind } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { lockAuditChain } from '../audit/audit.repository.ts';
import { configuredRetention } from './retention-settings.repository.ts';
import { monthsFor, retentionCutoff } from './retention-period.ts';
import {
  eraseAuditPrefix,
  eraseExpiredAttachments,
  eraseExpiredCaseRecords,
  eraseExpiredConsultations,
  eraseExpiredEventRegistrations,
  eraseExpiredSurveyAnswers,
  eraseExpiredWorkRecords,
  listMunicipalityIdsForSweep,
  oldestAuditEntries,
} from './retention-sweep.repository.ts';

/** At most this many records of one kind per municipality per run; the next run goes on. */
const batchLimit = 500;
/** The audit chain's oldest entries looked at per run. */
const auditBatch = 5000;

export type SweepCounts = Partial<Record<RetentionKind, number>>;

/**
 * Erases one municipality's expired records, each kind by its own period, in one
 * transaction with one audit entry giving how many of each kind went (never what).
 */
async function sweepMunicipality(ctx: AppContext, municipalityId: string, now: Date) {
  return ctx.db.transaction(async (tx) => {
    const configured = await configuredRetention(tx, municipalityId);
    const cut = (kind: RetentionKind) => retentionCutoff(now, monthsFor(configured, kind));
    const limit = batchLimit;
    const counts: SweepCounts = {
      // Attachments first: a consultation erased below takes its own with it.
      attachments: await eraseExpiredAttachments(tx, municipalityId, {
        before: cut('attachments').before,
        limit,
      }),
      consultations: await eraseExpiredConsultations(tx, municipalityId, {
        before: cut('consultations').before,
        limit,
      }),
      case_records: await eraseExpiredCaseRecords(tx, municipalityId, {
        beforeMonth: cut('case_records').beforeMonth,
        limit,
      }),
      survey_answers: await eraseExpiredSurveyAnswers(tx, municipalityId, {
        beforeDay: cut('survey_answers').beforeDay,
        limit,
      }),
      event_registrations: await eraseExpiredEventRegistrations(tx, municipalityId, {
        before: cut('event_registrations').before,
        limit,
      }),
      work_records: await eraseExpiredWorkRecords(tx, municipalityId, {
        ...cut('work_records'),
        limit,
      }),
    };
    const erased = Object.values(counts).reduce((sum, n) => sum + n, 0);
    if (erased > 0) {
      await recordAudit(
        tx,
        { action: 'retention.swept', municipalityId, detail: { ...counts } },
        now,
      );
    }
    return counts;
  });
}

/**
 * Erases the chain's longest prefix whose every entry has expired under its own
 * municipality's audit-log period: one municipality keeping its log longer keeps the
 * entries after its oldest one too, so an entry is never erased early, only kept longer.
 * The checkpoint written first lets the rest verify; the sweep's own entry records it.
 */
async function sweepAuditLog(ctx: AppContext, now: Date): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    await lockAuditChain(tx);
    const entries = await oldestAuditEntries(tx, {
      now,
      defaultMonths: retentionRules.audit_log.defaultMonths,
      limit: auditBatch,
    });
    const firstKept = entries.findIndex((entry) => !entry.expired);
    const prefix = firstKept === -1 ? entries : entries.slice(0, firstKept);
    const last = prefix.at(-1);
    if (!last) return 0;
    const erased = await eraseAuditPrefix(tx, {
      throughSeq: last.seq,
      hash: last.hash,
      erased: prefix.length,
      now,
    });
    await recordAudit(
      tx,
      {
        action: 'retention.swept',
        municipalityId: null,
        detail: { audit_log: erased, throughSeq: last.seq, checkpointHash: last.hash },
      },
      now,
    );
    return erased;
  });
}

/**
 * The retention sweep (a background job: one run at a time across instances). Returns
 * the counts erased per municipality, for tests and the job's log.
 */
export async function sweepExpiredRecords(
  ctx: AppContext,
): Promise<{ municipalities: Record<string, SweepCounts>; auditLog: number }> {
  const now = ctx.now();
  const municipalities: Record<string, SweepCounts> = {};
  for (const municipalityId of await listMunicipalityIdsForSweep(ctx.db)) {
    municipalities[municipalityId] = await sweepMunicipality(ctx, municipalityId, now);
  }
  return { municipalities, auditLog: await sweepAuditLog(ctx, now) };
}
