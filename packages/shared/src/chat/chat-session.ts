import type { TMessageAttachment } from '../contracts/attachments.ts';
import type { TConsultation, TMessage, TReceipt } from '../contracts/consultations.ts';
import { isTransientRefusal, type ChatSync } from './chat-sync.ts';
import { ChatRefusal, type ChatTransport } from './chat-transport.ts';
import type { LoggedMessage } from './message-log.ts';
import type { OutboxEntry } from './outbox.ts';

const pageSize = 200;

export interface ChatSessionOptions {
  sync: ChatSync;
  /**
   * Uploads the files of a waiting message before it is sent and returns what it will
   * reference; rejects with a `ChatRefusal` when a file cannot be sent at all.
   */
  attachments?: (entry: OutboxEntry) => Promise<TMessageAttachment[]>;
  /** The log, the outbox or the refusals changed. */
  onChange?: () => void;
  /** The consultation as the server answered a join. */
  onJoined?: (consultation: TConsultation) => void;
  /** Messages the log did not hold before (live or caught up). */
  onMessages?: (messages: readonly LoggedMessage[]) => void;
  onReceipt?: (receipt: TReceipt) => void;
  /** A message was refused for good. */
  onRefused?: (code: string) => void;
}

/**
 * Runs one chat's `ChatSync` over a transport: on every (re)connection it joins, catches
 * up from the last contiguous seq and sends what waits; the one send loop, whatever the
 * transport. It keeps no timers: its owner calls `pump` or `refresh` again now and then.
 */
export class ChatSession {
  private transport: ChatTransport | null = null;
  private resuming: ChatTransport | null = null;
  private catchingUp: Promise<void> | null = null;
  private joined = false;

  private readonly options: ChatSessionOptions;

  constructor(options: ChatSessionOptions) {
    this.options = options;
  }

  /** The transport this chat is joined and caught up over (sends go out), if any. */
  get joinedOver(): ChatTransport | null {
    return this.joined ? this.transport : null;
  }

  /**
   * Joins over this transport, catches up, then sends what waits over it. Until the join
   * succeeds the transport in use stays as it was. Resolves with the consultation joined,
   * or null when the transport was dropped or replaced meanwhile (or is already resuming);
   * rejects as the transport does (a `ChatRefusal` to join).
   */
  async resume(transport: ChatTransport): Promise<TConsultation | null> {
    if (this.resuming === transport) return null;
    this.resuming = transport;
    try {
      const consultation = await transport.join();
      if (this.resuming !== transport) return null;
      this.transport = transport;
      this.joined = false;
      this.options.onJoined?.(consultation);
      await this.catchUp();
      if (this.transport !== transport) return null;
      this.joined = true;
      this.pump();
      return consultation;
    } finally {
      if (this.resuming === transport) this.resuming = null;
    }
  }

  /** Catches up and sends again: where nothing is delivered live, polling stands in for it. */
  async refresh(): Promise<void> {
    await this.catchUp();
    this.pump();
  }

  /** This transport's connection is gone; nothing goes over it until it resumes. */
  linkLost(transport: ChatTransport) {
    if (this.resuming === transport) this.resuming = null;
    if (this.transport !== transport) return;
    this.transport = null;
    this.joined = false;
    this.options.sync.linkLost();
  }

  /** Messages delivered live; a gap before them is caught up. */
  received(messages: readonly TMessage[]) {
    this.take(messages);
    if (this.joined && this.options.sync.hasGap) this.catchUpQuietly();
  }

  /** Sends what waits, as many at once as the transport allows. */
  pump() {
    const transport = this.transport;
    if (!this.joined || !transport) return;
    const { round, entries } = this.options.sync.takeSendable(transport.maxInFlight);
    for (const entry of entries) void this.deliver(transport, round, entry);
  }

  /** Marks everything held as delivered and read, once per new seq. */
  markRead() {
    const transport = this.transport;
    if (!this.joined || !transport) return;
    const { sync, onReceipt } = this.options;
    const seq = sync.takeReadMark();
    if (seq === null) return;
    transport.markRead(seq).then(
      (receipt) => onReceipt?.(receipt),
      () => sync.readMarkFailed(),
    );
  }

  private async deliver(transport: ChatTransport, round: number, entry: OutboxEntry) {
    const { sync } = this.options;
    try {
      const attachments = (await this.options.attachments?.(entry)) ?? [];
      const ack = await transport.send({
        clientMsgId: entry.clientMsgId,
        body: entry.body,
        attachmentIds: attachments.map((a) => a.id),
      });
      sync.acknowledged(entry, ack, round, attachments);
      this.options.onChange?.();
      if (sync.hasGap) this.catchUpQuietly();
      this.pump();
    } catch (error) {
      // No answer leaves the message to be sent again on the next pump or connection.
      const code = error instanceof ChatRefusal ? error.code : null;
      sync.notSent(entry.clientMsgId, round, code);
      if (code === null || isTransientRefusal(code)) return;
      this.options.onChange?.();
      this.options.onRefused?.(code);
      this.pump();
    }
  }

  /** Everything after the last contiguous seq, page by page; one catch-up at a time. */
  private catchUp(): Promise<void> {
    this.catchingUp ??= this.fetchMissing().finally(() => {
      this.catchingUp = null;
    });
    return this.catchingUp;
  }

  private catchUpQuietly() {
    // A failed catch-up is made again on the next connection or refresh.
    this.catchUp().catch(() => undefined);
  }

  private async fetchMissing() {
    const { sync } = this.options;
    for (;;) {
      const transport = this.transport;
      if (!transport) return;
      const from = sync.contiguousSeq;
      const page = await transport.fetchPage(from, pageSize);
      this.take(page.items);
      if (!page.hasMore || sync.contiguousSeq === from) return;
    }
  }

  private take(messages: readonly TMessage[]) {
    const fresh = this.options.sync.received(messages);
    if (fresh.length === 0) return;
    this.options.onMessages?.(fresh);
    this.options.onChange?.();
  }
}
