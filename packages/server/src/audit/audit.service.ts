import { japanTimeOf, type AuditAction, type TAuditFilter } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Db } from '../platform/db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, tenantScope } from '../policy/policy.ts';
import { chainHash, genesisHash, type AuditContent } from './audit-chain.ts';
import {
  appendAuditEntry,
  chainEntriesAfter,
  findAuditEntries,
  findStaffNamesById,
  findStaffOfMunicipality,
  hasReadSince,
  lastChainHash,
  lockAuditChain,
  newestAuditCheckpoint,
  type AuditRow,
} from './audit.repository.ts';
import { auditLogCsv, presentAuditEntry } from './audit.presenter.ts';

export type { AuditAction } from '@yorisoi/shared';

export interface AuditEvent {
  action: AuditAction;
  municipalityId: string | null;
  actor?: Pick<Actor, 'userId' | 'role'> | null;
  target?: { type: string; id: string } | null;
  detail?: AuditContent['detail'];
}

/**
 * Reads of one consultation that a page view makes (the consultation, its messages, its
 * notes, the person's context, and each re-read as messages arrive) are one read for an
 * investigation: who opened which consultation when. So a staff read of a consultation
 * already recorded for the same reader within this window is not recorded again; a read
 * after it is. Checked under the chain's lock, so parallel requests of one page add one.
 * An entry already written is never changed (the chain forbids it); a skipped read leaves
 * the earlier entry as its record.
 */
export const readCoalesceMs = 10 * 60_000;
const consultationReads: readonly AuditAction[] = [
  'consultation.read',
  'consultation.person_context_read',
];

async function readRecordedJustBefore(tx: Db, event: AuditEvent, now: Date): Promise<boolean> {
  if (!consultationReads.includes(event.action) || !event.actor || !event.target) return false;
  // Opening an attachment is recorded every time: it is a file leaving the screen.
  if (event.detail?.attachmentId !== undefined) return false;
  return hasReadSince(tx, {
    target: event.target,
    actorId: event.actor.userId,
    actions: [...consultationReads],
    since: new Date(now.getTime() - readCoalesceMs),
  });
}

/**
 * Appends one entry to the chain. Must run inside the transaction of the change it
 * records, so that the change and its audit entry commit together or not at all.
 */
export async function recordAudit(
  tx: Db,
  event: AuditEvent,
  now: Date = new Date(),
): Promise<void> {
  await lockAuditChain(tx);
  if (await readRecordedJustBefore(tx, event, now)) return;
  const last = await lastChainHash(tx);
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
  const prevHash = last ?? genesisHash;
  await appendAuditEntry(tx, { ...content, prevHash, hash: chainHash(prevHash, content) });
}

export interface ChainVerification {
  ok: boolean;
  entries: number;
  firstBrokenSeq: number | null;
  reason: string | null;
}

/** Whether an entry is the retention sweep's record of this checkpoint. */
const recordsCheckpoint = (row: AuditRow, checkpoint: { throughSeq: number; hash: string }) =>
  row.action === 'retention.swept' &&
  row.detail.throughSeq === checkpoint.throughSeq &&
  row.detail.checkpointHash === checkpoint.hash;

/**
 * Walks the chain in order, recomputing every hash: from the genesis hash, or, once the
 * retention sweep has erased a prefix, from the newest checkpoint's seq and hash. Such a
 * checkpoint counts only when the chain after it holds the sweep's entry naming it, so a
 * checkpoint slipped into its table to excuse a deletion does not verify.
 */
export async function verifyAuditChain(db: Db, batchSize = 1000): Promise<ChainVerification> {
  const checkpoint = await newestAuditCheckpoint(db);
  let prevHash = checkpoint?.hash ?? genesisHash;
  let lastSeq = checkpoint?.throughSeq ?? 0;
  let checkpointRecorded = checkpoint === null;
  let entries = 0;
  for (;;) {
    const rows = await chainEntriesAfter(db, lastSeq, batchSize);
    if (rows.length === 0) {
      return checkpointRecorded
        ? { ok: true, entries, firstBrokenSeq: null, reason: null }
        : {
            ok: false,
            entries,
            firstBrokenSeq: (checkpoint?.throughSeq ?? 0) + 1,
            reason: 'the checkpoint the chain starts from is not recorded in it',
          };
    }
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
      if (checkpoint && recordsCheckpoint(row, checkpoint)) checkpointRecorded = true;
      prevHash = row.hash;
      lastSeq = row.seq;
      entries++;
    }
  }
}

/** Recent entries of the actor's municipality, newest first (supervisors). */
/** The filter as the audit entry of a read records it (ids and codes, never content). */
const filterDetail = (filter: TAuditFilter) =>
  Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;

/**
 * Entries of the actor's municipality matching the filter, newest first, a page at a time,
 * with the names of the staff who acted and the staff the "who" filter offers.
 */
export async function listAuditEntries(
  ctx: AppContext,
  {
    actor,
    filter,
    before,
    limit = 100,
  }: { actor: Actor; filter: TAuditFilter; before?: number | undefined; limit?: number },
) {
  authorize(actor, 'audit.read', tenantScope(actor));
  const municipalityId = actor.municipalityId as string;
  const rows = await findAuditEntries(ctx.db, municipalityId, { filter, before, limit });
  const actors = await findStaffOfMunicipality(ctx.db, ctx, municipalityId);
  await ctx.db.transaction((tx) =>
    recordAudit(tx, {
      action: 'audit.read',
      municipalityId,
      actor,
      detail: { count: rows.length, ...filterDetail(filter) },
    }),
  );
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return { items: rows.map((row) => presentAuditEntry(row, names)), actors };
}

/** At most this many entries in one export: a year of a city's log, give or take. */
const exportLimit = 100_000;

/** The filtered log as CSV for the data-protection officer; the export is itself audited. */
export async function exportAuditLog(
  ctx: AppContext,
  { actor, filter }: { actor: Actor; filter: TAuditFilter },
) {
  authorize(actor, 'audit.read', tenantScope(actor));
  const municipalityId = actor.municipalityId as string;
  const rows = await findAuditEntries(ctx.db, municipalityId, { filter, limit: exportLimit });
  const names = await findStaffNamesById(ctx.db, ctx, municipalityId, [
    ...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : []))),
  ]);
  await ctx.db.transaction((tx) =>
    recordAudit(tx, {
      action: 'audit.exported',
      municipalityId,
      actor,
      detail: { count: rows.length, ...filterDetail(filter) },
    }),
  );
  const stamp = japanTimeOf(ctx.now()).date.replaceAll('-', '');
  return {
    fileName: `audit-log-${stamp}.csv`,
    content: auditLogCsv(
      rows.map((row) => presentAuditEntry(row, names)),
      rows,
    ),
  };
}
