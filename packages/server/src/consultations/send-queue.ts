import type { Config } from '../config/config.ts';
import type { Db } from '../platform/db/database.ts';
import { AppError, isUniqueViolation } from '../platform/errors.ts';
import { createGroupCommit, createLanes, type GroupCommit } from '../platform/db/group-commit.ts';
import type { Actor } from '../policy/actor.ts';
import { authorizeOrNotFound } from '../policy/policy.ts';
import { consultationScope } from './consultation-access.ts';
import { findConsultationsByIds, type ConsultationRow } from './consultations.repository.ts';
import {
  appendKey,
  appendMessages,
  type AppendEntry,
  type MessageRow,
} from './messages.repository.ts';

/** A text message to append, with who sends it (authorized in the batch, not before). */
export interface QueuedSend {
  actor: Actor;
  entry: Omit<AppendEntry, 'municipalityId'>;
}

export type QueuedOutcome =
  | { kind: 'appended'; message: MessageRow; consultation: ConsultationRow }
  /** Closed, or the client id is already in the log: the caller looks it up. */
  | { kind: 'not-appended'; consultation: ConsultationRow }
  /** The batch raced another writer of the same client id: the caller sends it alone. */
  | { kind: 'alone' };

export type SendQueue = GroupCommit<QueuedSend, QueuedOutcome>;

/**
 * Which sends may share a batch: plain text by the person or a coordinator. A supervisor's
 * right to write depends on having joined, a risk expression is flagged in the same
 * transaction, and files are taken with the message: those go alone.
 */
export const groupCommits = (actor: Actor, riskFlag: boolean, attachmentCount: number) =>
  actor.role !== 'supervisor' && !riskFlag && attachmentCount === 0;

const maxBatch = 200;

/** Half the pool, at most four: the rest of the pool stays free for everything else. */
export const sendQueueLanes = (config: Config) =>
  config.database.kind === 'postgres'
    ? Math.max(1, Math.min(4, Math.floor(config.database.poolSize / 2)))
    : 1;

/**
 * The message log's group commit. Each batch costs two statements whatever its size: one
 * read per municipality that authorizes every send with the same rule as a lone send,
 * and one statement that appends all authorized messages. Lanes by consultation let
 * batches overlap on a pool without two of them ever locking the same consultation.
 */
export function createSendQueue(db: Db, { lanes }: { lanes: number }): SendQueue {
  return createLanes(
    lanes,
    (send: QueuedSend) => send.entry.consultationId,
    () => createGroupCommit({ maxBatch, write: (sends) => writeBatch(db, sends) }),
  );
}

async function readConsultations(db: Db, sends: readonly QueuedSend[]) {
  const idsByTenant = new Map<string, Set<string>>();
  for (const { actor, entry } of sends) {
    if (!actor.municipalityId) continue;
    const ids = idsByTenant.get(actor.municipalityId) ?? new Set<string>();
    ids.add(entry.consultationId);
    idsByTenant.set(actor.municipalityId, ids);
  }
  const found = new Map<string, ConsultationRow>();
  for (const [municipalityId, ids] of idsByTenant) {
    for (const row of await findConsultationsByIds(db, municipalityId, [...ids])) {
      found.set(`${municipalityId}/${row.id}`, row);
    }
  }
  return found;
}

async function writeBatch(
  db: Db,
  sends: readonly QueuedSend[],
): Promise<PromiseSettledResult<QueuedOutcome>[]> {
  const consultations = await readConsultations(db, sends);
  const verdicts = sends.map(({ actor, entry }) =>
    authorize(actor, consultations.get(`${actor.municipalityId}/${entry.consultationId}`)),
  );
  const entries = sends.flatMap(({ entry }, i) => {
    const verdict = verdicts[i];
    return verdict?.ok ? [{ ...entry, municipalityId: verdict.row.municipalityId }] : [];
  });
  let appended: Map<string, { id: string; seq: number }>;
  try {
    appended = await appendMessages(db, entries);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return sends.map(() => ({ status: 'fulfilled', value: { kind: 'alone' } }));
  }
  return sends.map(({ entry }, i): PromiseSettledResult<QueuedOutcome> => {
    const verdict = verdicts[i];
    if (!verdict?.ok) return { status: 'rejected', reason: verdict?.error };
    const { row } = verdict;
    const added = appended.get(appendKey(entry));
    if (!added) return { status: 'fulfilled', value: { kind: 'not-appended', consultation: row } };
    const message: MessageRow = {
      ...entry,
      ...added,
      municipalityId: row.municipalityId,
      kind: 'text',
      attachments: [],
    };
    return { status: 'fulfilled', value: { kind: 'appended', message, consultation: row } };
  });
}

/** The same rule as a lone send (`loadConsultationFor`): anyone but a writer gets NOT_FOUND. */
function authorize(
  actor: Actor,
  row: ConsultationRow | undefined,
): { ok: true; row: ConsultationRow } | { ok: false; error: unknown } {
  if (!row) return { ok: false, error: new AppError('NOT_FOUND') };
  try {
    authorizeOrNotFound(actor, 'consultation.write', consultationScope(row));
    return { ok: true, row };
  } catch (error) {
    return { ok: false, error };
  }
}
