import type {
  ConsultationPreference,
  ConsultationStatus,
  ConsultationTopic,
  LicenceType,
  MessageSenderRole,
  TConsultation,
  TMessage,
  TMessageAck,
  TReceipt,
} from '@yorisoi/shared';
import type { Keyring } from '../platform/crypto/keyring.ts';
import type { Actor } from '../policy/actor.ts';
import type { ConsultationRow } from './consultations.repository.ts';
import type { MessageRow } from './messages.repository.ts';
import type { ReceiptRow } from './receipts.repository.ts';
import type { ParticipantRow } from './participants.repository.ts';
import { openMessageBody } from './message-body.ts';
import { openCallSummary } from '../calls/call-entry.ts';

/** `viewerId` is whoever receives it: `mine` differs per recipient. */
export function presentMessage(keyring: Keyring, row: MessageRow, viewerId: string): TMessage {
  if (row.kind === 'call') {
    return {
      ...presentMessageFields(row, viewerId),
      body: '',
      call: openCallSummary(keyring, row),
    };
  }
  return { ...presentMessageFields(row, viewerId), body: openMessageBody(keyring, row) };
}

function presentMessageFields(row: MessageRow, viewerId: string) {
  return {
    id: row.id,
    consultationId: row.consultationId,
    seq: row.seq,
    clientMsgId: row.clientMsgId,
    senderRole: row.senderRole as MessageSenderRole,
    // A system line is nobody's own message, not even of the supervisor who caused it.
    mine: row.senderRole !== 'system' && row.senderUserId === viewerId,
    attachments: row.attachments,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentMessageAck(row: MessageRow): TMessageAck {
  return {
    consultationId: row.consultationId,
    clientMsgId: row.clientMsgId,
    seq: row.seq,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentReceipt(row: ReceiptRow, viewerId: string): TReceipt {
  return {
    consultationId: row.consultationId,
    readerRole: row.readerRole as MessageSenderRole,
    mine: row.userId === viewerId,
    deliveredSeq: row.deliveredSeq,
    readSeq: row.readSeq,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentConsultation(
  row: ConsultationRow,
  receipts: ReceiptRow[],
  viewer: Actor,
  joinedSupervisors?: ParticipantRow[],
): TConsultation {
  return {
    ...(joinedSupervisors
      ? {
          supervisors: joinedSupervisors.map((p) => ({
            licence: p.licenceType as LicenceType | null,
            joinedAt: p.joinedAt.toISOString(),
            me: p.userId === viewer.userId,
          })),
        }
      : {}),
    id: row.id,
    status: row.status as ConsultationStatus,
    topics: row.topics as ConsultationTopic[],
    preference: row.preference as ConsultationPreference,
    urgency: row.urgency,
    lastSeq: row.lastSeq,
    viewerIs:
      row.personUserId === viewer.userId
        ? 'person'
        : row.assignedCoordinatorId === viewer.userId
          ? 'assigned_coordinator'
          : 'supervisor',
    coordinatorAssigned: row.assignedCoordinatorId !== null,
    receipts: receipts
      .filter((r) => r.consultationId === row.id)
      .map((r) => presentReceipt(r, viewer.userId)),
    createdAt: row.createdAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}
