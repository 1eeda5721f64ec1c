import type { TMessageAttachment } from '../contracts/attachments.ts';
import type { TCallSummary } from '../contracts/calls.ts';
import type { TMessage, TMessageAck } from '../contracts/consultations.ts';
import type { MessageLogRole, MessageSenderRole } from '../domain/consultation.ts';
import type { OutboxEntry } from './outbox.ts';

/** A message as the chat shows it; the server's row id is not needed on the screen. */
export interface LoggedMessage {
  seq: number;
  clientMsgId: string;
  senderRole: MessageLogRole;
  mine: boolean;
  body: string;
  attachments: readonly TMessageAttachment[];
  createdAt: string;
  /** The entry a call left in the log. */
  call?: TCallSummary | undefined;
}

export function fromServer(message: TMessage): LoggedMessage {
  const { seq, clientMsgId, senderRole, mine, body, attachments, createdAt, call } = message;
  return {
    seq,
    clientMsgId,
    senderRole,
    mine,
    body,
    attachments,
    createdAt,
    ...(call ? { call } : {}),
  };
}

/** An acknowledged send of our own, before (or instead of) its `message:new` echo. */
export function fromAck(
  ack: TMessageAck,
  entry: OutboxEntry,
  senderRole: MessageSenderRole,
  attachments: readonly TMessageAttachment[] = [],
): LoggedMessage {
  return {
    seq: ack.seq,
    clientMsgId: ack.clientMsgId,
    senderRole,
    mine: true,
    body: entry.body,
    attachments,
    createdAt: ack.createdAt,
  };
}

/**
 * Adds messages to a log kept in seq order. A seq or client id already held is the same
 * message arriving again (ack and echo, replay after reconnect) and is not added twice.
 */
export function mergeMessages(
  log: readonly LoggedMessage[],
  incoming: readonly LoggedMessage[],
): LoggedMessage[] {
  const bySeq = new Map(log.map((m) => [m.seq, m]));
  const clientIds = new Set(log.map((m) => m.clientMsgId));
  for (const message of incoming) {
    if (bySeq.has(message.seq) || clientIds.has(message.clientMsgId)) continue;
    bySeq.set(message.seq, message);
    clientIds.add(message.clientMsgId);
  }
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/** The highest n such that 1…n are all held: where a catch-up must start. */
export function contiguousSeq(log: readonly LoggedMessage[]): number {
  let seq = 0;
  for (const message of log) {
    if (message.seq === seq + 1) seq = message.seq;
    else if (message.seq > seq + 1) break;
  }
  return seq;
}

/** True when something before the newest known message is missing. */
export function hasGap(log: readonly LoggedMessage[], knownLastSeq = 0): boolean {
  const newest = Math.max(knownLastSeq, log.at(-1)?.seq ?? 0);
  return contiguousSeq(log) < newest;
}

/** Outbox entries the log does not hold yet: those still to be shown as pending. */
export function stillPending(
  outbox: readonly OutboxEntry[],
  log: readonly LoggedMessage[],
): OutboxEntry[] {
  const delivered = new Set(log.map((m) => m.clientMsgId));
  return outbox.filter((e) => !delivered.has(e.clientMsgId));
}
