import {
  ZCallSummary,
  type CallEndReason,
  type CallKind,
  type TCallSummary,
} from '@yorisoi/shared';
import type { Db } from '../platform/db/database.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { appendMessage, type MessageRow } from '../consultations/messages.repository.ts';
import { openMessageBody, sealMessageBody } from '../consultations/message-body.ts';
import type { CallRow } from './calls.repository.ts';
import { callDurationSeconds } from './calls.presenter.ts';

/**
 * The entry an ended call leaves in the consultation's message log: the next sequence
 * number, the call's id as client id (so there is exactly one per call), the caller as
 * sender, and the summary sealed as the body like any message. Runs in the transaction
 * that ends the call. A consultation closed meanwhile takes no more entries (null).
 */
export async function recordCallEntry(
  tx: Db,
  keyring: Keyring,
  call: CallRow,
): Promise<MessageRow | null> {
  if (!call.endedAt || !call.endReason) throw new Error('only an ended call leaves an entry');
  const summary: TCallSummary = {
    callId: call.id,
    kind: call.kind as CallKind,
    endReason: call.endReason as CallEndReason,
    durationSeconds: callDurationSeconds(call),
  };
  return appendMessage(tx, {
    municipalityId: call.municipalityId,
    consultationId: call.consultationId,
    clientMsgId: call.id,
    senderUserId: call.startedByUserId,
    senderRole: call.startedByRole,
    kind: 'call',
    bodySealed: sealMessageBody(keyring, {
      consultationId: call.consultationId,
      clientMsgId: call.id,
      body: JSON.stringify(summary),
    }),
    createdAt: call.endedAt,
  });
}

/** The summary of a call entry, for presenting it. */
export function openCallSummary(keyring: Keyring, row: MessageRow): TCallSummary {
  return ZCallSummary.parse(JSON.parse(openMessageBody(keyring, row)));
}
