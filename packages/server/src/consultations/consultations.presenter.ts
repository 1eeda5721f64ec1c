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
  // A system line is nobody's own message, not even of the supervisor who caused it.
  const mine = row.senderRole !== 'system' && row.senderUserId === viewerId;
  return presentOpened(row, openContent(keyring, row), mine);
}

/**
 * The message as its sender's own devices see it and as everyone else does, its content
 * opened once: the fan-out sends both.
 */
export function presentMessageBothWays(
  keyring: Keyring,
  row: MessageRow,
): { own: TMessage; others: TMessage } {
  const content = openContent(keyring, row);
  return {
    own: presentOpened(row, content, row.senderRole !== 'system'),
    others: presentOpened(row, content, false),
  };
}

interface OpenedContent {
  body: string;
  call: TMessage['call'];
}

const openContent = (keyring: Keyring, row: MessageRow): OpenedContent =>
  row.kind === 'call'
    ? { body: '', call: openCallSummary(keyring, row) }
    : { body: openMessageBody(keyring, row), call: undefined };

// Written out field by field, not spread: this runs for every message sent and delivered,
// and in V8 an object spread with added fields allocates several times a literal's size.
function presentOpened(row: MessageRow, { body, call }: OpenedContent, mine: boolean): TMessage {
  const message: TMessage = {
    id: row.id,
    consultationId: row.consultationId,
    seq: row.seq,
    clientMsgId: row.clientMsgId,
    senderRole: row.senderRole as MessageSenderRole,
    mine,
    body,
    attachments: row.attachments,
    createdAt: row.createdAt.toISOString(),
  };
  if (call) message.call = call;
  return message;
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
