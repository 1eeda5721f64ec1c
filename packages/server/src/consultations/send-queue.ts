import type { Db } from '../platform/db/database.ts';
import { AppError, isDeadlock, isUniqueViolation } from '../platform/errors.ts';
import { createGroupCommit, type GroupCommit } from '../platform/db/group-commit.ts';
import type { Actor } from '../policy/actor.ts';
import { authorizeOrNotFound } from '../policy/policy.ts';
import { consultationScope } from './consultation-access.ts';
import { findConsultationsByIds, type ConsultationRow } from './consultations.repository.ts';
import { appendMessages, type AppendEntry, type MessageRow } from './messages.repository.ts';

/** A text message to append, with who sends it (authorized in the batch, not before). */
export interface QueuedSend {
  actor: Actor;
  entry: Omit<AppendEntry, 'municipalityId' | 'expectedAssigneeId'>;
}

export type QueuedOutcome =
  /** `consultation` is the row the send was authorized against. */
  | { kind: 'appended'; message: MessageRow; consultation: ConsultationRow }
  /**
   * Not appended: the client id is already in the log, or the consultation closed or
   * changed hands since it was read. The caller looks the message up, else sends it alone.
   */
  | { kind: 'not-appended'; municipalityId: string }
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
/** Consultations whose last known row is kept per instance (about 1 KB each). */
const maxRemembered = 20_000;

/**
 * The message log's group commit: one statement, one commit, per batch of sends.
 *
 * Each send is authorized with the same rule as a lone send, against the consultation's
 * row as this instance last read it; the append statement then writes a consultation's
 * messages only if that row still holds what the rule relied on (open, the same assigned
 * coordinator; the person never changes), under the row's lock. So a batch needs no read
 * of its own once its consultations are known, and a stale row can never let a send
 * through: its send is not appended, the row is forgotten, and the caller sends alone
 * (reading afresh).
 *
 * One batch at a time per instance: measured on 2 cores, one writer gave the same
 * throughput as two or four overlapping ones with half their latency (bigger batches,
 * fewer commits competing for the CPU); instances each have their own.
 */
export function createSendQueue(db: Db): SendQueue {
  const known = new Map<string, ConsultationRow>();
  return createGroupCommit({ maxBatch, write: (sends) => writeBatch(db, known, sends) });
}

const keyOf = (municipalityId: string | null, consultationId: string) =>
  `${municipalityId}/${consultationId}`;

/** Reads the consultations of the batch this instance does not know yet, one read per municipality. */
async function learnConsultations(
  db: Db,
  known: Map<string, ConsultationRow>,
  sends: readonly QueuedSend[],
): Promise<Set<string>> {
  const fresh = new Set<string>();
  const missing = new Map<string, Set<string>>();
  for (const { actor, entry } of sends) {
    if (!actor.municipalityId || known.has(keyOf(actor.municipalityId, entry.consultationId))) {
      continue;
    }
    const ids = missing.get(actor.municipalityId) ?? new Set<string>();
    ids.add(entry.consultationId);
    missing.set(actor.municipalityId, ids);
  }
  for (const [municipalityId, ids] of missing) {
    for (const row of await findConsultationsByIds(db, municipalityId, [...ids])) {
      if (known.size >= maxRemembered) {
        // The oldest first (a Map iterates in insertion order).
        known.delete(known.keys().next().value as string);
      }
      known.set(keyOf(municipalityId, row.id), row);
    }
    for (const id of ids) fresh.add(keyOf(municipalityId, id));
  }
  return fresh;
}

async function writeBatch(
  db: Db,
  known: Map<string, ConsultationRow>,
  sends: readonly QueuedSend[],
): Promise<PromiseSettledResult<QueuedOutcome>[]> {
  const fresh = await learnConsultations(db, known, sends);
  const verdicts = sends.map(({ actor, entry }) =>
    authorize(actor, known.get(keyOf(actor.municipalityId, entry.consultationId))),
  );
  // Each authorized send's place among the entries appended (−1: refused).
  const entryOf: number[] = [];
  let entryCount = 0;
  const entries = sends.flatMap(({ entry }, i) => {
    const verdict = verdicts[i]!;
    entryOf.push(verdict.ok ? entryCount++ : -1);
    if (!verdict.ok) return [];
    const { municipalityId, assignedCoordinatorId } = verdict.row;
    return [appendEntryOf(entry, municipalityId, assignedCoordinatorId)];
  });
  let appended: (MessageRow | null)[];
  try {
    appended = await appendMessages(db, entries);
  } catch (error) {
    // A racing writer of the same client id, or batches of two instances locking the same
    // consultations in opposite orders: nothing was written; each goes alone.
    if (!isUniqueViolation(error) && !isDeadlock(error)) throw error;
    return sends.map(() => ({ status: 'fulfilled', value: { kind: 'alone' } }));
  }
  return sends.map(({ actor, entry }, i): PromiseSettledResult<QueuedOutcome> => {
    const verdict = verdicts[i]!;
    if (!verdict.ok) {
      const key = keyOf(actor.municipalityId, entry.consultationId);
      if (fresh.has(key)) return { status: 'rejected', reason: verdict.error };
      // Refused by a row read before, perhaps before this coordinator claimed it: alone, afresh.
      known.delete(key);
      return { status: 'fulfilled', value: { kind: 'alone' } };
    }
    const { row } = verdict;
    // Not this very entry: a repeated client id (looked up like a retry), or closed or
    // handed over, perhaps (read afresh next time).
    const added = appended[entryOf[i]!];
    if (!added) {
      known.delete(keyOf(row.municipalityId, row.id));
      return {
        status: 'fulfilled',
        value: { kind: 'not-appended', municipalityId: row.municipalityId },
      };
    }
    return {
      status: 'fulfilled',
      value: { kind: 'appended', message: added, consultation: row },
    };
  });
}

// The objects every batched send is made into (its entry here, its row in appendMessages)
// are written out field by field: in V8,
// an object spread with added fields allocates several times a literal's size, part of it
// outside the young generation, which at thousands of sends a second hastens full
// collections.

function appendEntryOf(
  entry: QueuedSend['entry'],
  municipalityId: string,
  expectedAssigneeId: string | null,
): AppendEntry {
  return {
    municipalityId,
    consultationId: entry.consultationId,
    clientMsgId: entry.clientMsgId,
    senderUserId: entry.senderUserId,
    senderRole: entry.senderRole,
    bodySealed: entry.bodySealed,
    createdAt: entry.createdAt,
    expectedAssigneeId,
  };
}

/**
 * The same rule as a lone send (`loadConsultationFor`): anyone but a writer gets
 * NOT_FOUND. Unknown here means not in the actor's municipality, or not at all.
 */
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
