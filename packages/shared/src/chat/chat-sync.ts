import type { TMessageAttachment } from '../contracts/attachments.ts';
import type { TMessage, TMessageAck } from '../contracts/consultations.ts';
import type { MessageSenderRole } from '../domain/consultation.ts';
import {
  contiguousSeq,
  fromAck,
  fromServer,
  hasGap,
  mergeMessages,
  stillPending,
  type LoggedMessage,
} from './message-log.ts';
import { addToOutbox, removeFromOutbox, type OutboxEntry, type OutboxStore } from './outbox.ts';

/** Refusals worth retrying later; any other code will not change by sending again. */
export function isTransientRefusal(code: string): boolean {
  return code === 'INTERNAL' || code === 'RATE_LIMITED' || code === 'UNAUTHENTICATED';
}

/**
 * The state of one chat on one device, with no network and no clock: the outbox of
 * messages written here (each with its client id), the log as received from the server,
 * what is being sent, what the server refused for good, and how far reading was marked.
 *
 * A message leaves the outbox only when the log holds it (an acknowledgement, its echo or a
 * catch-up); until then it is sent again after every lost answer or connection, and the
 * server's deduplication by client id makes the resend harmless. The log holds each seq
 * and client id once, whatever arrives twice.
 */
export class ChatSync {
  private outbox: OutboxEntry[];
  private log: LoggedMessage[] = [];
  /** Client id → the connection round its send belongs to. */
  private readonly inFlight = new Map<string, number>();
  private readonly refused = new Map<string, string>();
  private round = 0;
  private lastMarkedRead = 0;

  private readonly store: OutboxStore;
  private readonly senderRole: MessageSenderRole;

  constructor(store: OutboxStore, senderRole: MessageSenderRole) {
    this.store = store;
    this.senderRole = senderRole;
    this.outbox = store.update((outbox) => [...outbox]);
  }

  get messages(): readonly LoggedMessage[] {
    return this.log;
  }

  /** Written here and not yet in the log, oldest first. */
  get pending(): OutboxEntry[] {
    return stillPending(this.outbox, this.log);
  }

  /** Pending messages the server refused for good, by client id → catalog code. */
  get refusals(): ReadonlyMap<string, string> {
    return this.refused;
  }

  /** Where a catch-up must start: everything up to here is held. */
  get contiguousSeq(): number {
    return contiguousSeq(this.log);
  }

  get hasGap(): boolean {
    return hasGap(this.log);
  }

  add(entry: OutboxEntry) {
    this.outbox = this.store.update((outbox) => addToOutbox(outbox, entry));
  }

  /**
   * Up to `limit` waiting messages that are neither being sent nor refused, oldest first,
   * now counted as being sent in this connection round.
   */
  takeSendable(limit = Number.POSITIVE_INFINITY): { round: number; entries: OutboxEntry[] } {
    const room = limit - this.inFlight.size;
    const entries = this.pending
      .filter((e) => !this.inFlight.has(e.clientMsgId) && !this.refused.has(e.clientMsgId))
      .slice(0, Math.max(0, room));
    for (const entry of entries) this.inFlight.set(entry.clientMsgId, this.round);
    return { round: this.round, entries };
  }

  /** The server committed the message: it joins the log and leaves the outbox. */
  acknowledged(
    entry: OutboxEntry,
    ack: TMessageAck,
    round: number,
    attachments: readonly TMessageAttachment[] = [],
  ) {
    this.settle(entry.clientMsgId, round);
    this.log = mergeMessages(this.log, [fromAck(ack, entry, this.senderRole, attachments)]);
    this.forget([entry.clientMsgId]);
  }

  /**
   * No answer (timeout, offline) or a refusal worth retrying: the message waits to be sent
   * again. A refusal for good is kept, and the message waits for the person to drop it.
   */
  notSent(clientMsgId: string, round: number, refusal: string | null = null) {
    this.settle(clientMsgId, round);
    if (refusal && !isTransientRefusal(refusal)) this.refused.set(clientMsgId, refusal);
  }

  /** The connection is gone: whatever was being sent will be sent again in the next round. */
  linkLost() {
    this.round++;
    this.inFlight.clear();
  }

  /**
   * Messages from the server (live, replayed or caught up). Returns those that were new;
   * our own among them leave the outbox.
   */
  received(incoming: readonly TMessage[]): LoggedMessage[] {
    const held = new Set(this.log.map((m) => m.clientMsgId));
    const logged = incoming.map(fromServer);
    this.log = mergeMessages(this.log, logged);
    const echoed = logged.filter((m) => m.mine).map((m) => m.clientMsgId);
    if (this.outbox.some((e) => echoed.includes(e.clientMsgId))) this.forget(echoed);
    return logged.filter((m) => !held.has(m.clientMsgId));
  }

  /** The person drops a message the server refused (or that they no longer want sent). */
  discard(clientMsgId: string): OutboxEntry | undefined {
    const entry = this.outbox.find((e) => e.clientMsgId === clientMsgId);
    this.refused.delete(clientMsgId);
    this.forget([clientMsgId]);
    return entry;
  }

  /**
   * The seq to mark as delivered and read now, or null when nothing new has been shown
   * since the last mark. The mark counts as made until `readMarkFailed`.
   */
  takeReadMark(): number | null {
    const seq = contiguousSeq(this.log);
    if (seq <= this.lastMarkedRead) return null;
    this.lastMarkedRead = seq;
    return seq;
  }

  readMarkFailed() {
    this.lastMarkedRead = 0;
  }

  /** An answer from an earlier round does not free a send made again since. */
  private settle(clientMsgId: string, round: number) {
    if (this.inFlight.get(clientMsgId) === round) this.inFlight.delete(clientMsgId);
  }

  private forget(clientMsgIds: readonly string[]) {
    this.outbox = this.store.update((outbox) => removeFromOutbox(outbox, clientMsgIds));
  }
}
