import type {
  MessageSenderRole,
  TConsultation,
  TMessage,
  TMessageAck,
  TMessageAttachment,
  TReceipt,
} from '@yorisoi/shared';
import { forgetFiles, loadFile, storeFile, toBase64 } from './attachment-store.ts';
import { call } from '../../api/client.ts';
import { ApiError, OfflineError } from '../../api/errors.ts';
import { applyReceipt, isTransientRefusal } from './delivery-state.ts';
import {
  contiguousSeq,
  fromAck,
  fromServer,
  hasGap,
  mergeMessages,
  stillPending,
  type LoggedMessage,
} from './message-log.ts';
import {
  addToOutbox,
  loadOutbox,
  newOutboxEntry,
  removeFromOutbox,
  saveOutbox,
  type OutboxEntry,
  type OutboxFile,
} from './outbox.ts';
import { outboxKey, type KeyValueStorage } from './outbox-keys.ts';
import { handshakeRefusal, openChatSocket, type ChatSocket } from './chat-socket.ts';

/** online: joined and caught up; connecting: trying; offline: the device has no network. */
export type LinkState = 'connecting' | 'online' | 'offline';

export interface ChatSnapshot {
  consultation: TConsultation | null;
  messages: readonly LoggedMessage[];
  /** Written here and not yet in the log, oldest first. */
  pending: readonly OutboxEntry[];
  /** Pending messages the server refused for good, by client id → catalog code. */
  refused: ReadonlyMap<string, string>;
  link: LinkState;
  /** Set when the consultation cannot be shown at all (not found, signed out). */
  fatal: string | null;
  /** Counts live change notices, so panels beside the chat (risk flags) know to re-read. */
  changes: number;
  /** The other side is writing now (the server says which side, never who or what). */
  otherTyping: boolean;
}

export interface ChatOptions {
  consultationId: string;
  userId: string;
  senderRole: MessageSenderRole;
  storage: KeyValueStorage;
}

const ackTimeoutMs = 10_000;
const tickMs = 5_000;
const pageSize = 200;
/** A fallback only: status changes are announced live (`consultation:changed`). */
const statusPollTicks = 12;
/** While writing, "typing" is repeated this often; it lapses at the other side after shownMs. */
const typingRepeatMs = 3_000;
const typingIdleMs = 4_000;
const typingShownMs = 6_000;

type Page = { items: TMessage[]; lastSeq: number; hasMore: boolean };

/**
 * One open chat: the durable outbox on this device, the message log from the server, and
 * the connection between them. Messages leave the outbox only when the server has
 * acknowledged them (after commit); on every (re)connection it joins, catches up from the
 * last contiguous seq and resends what is left. Same client id ⇒ the server deduplicates.
 * When the socket cannot be used at all, the same steps run over HTTP.
 */
export class ChatConnection {
  private readonly key: string;
  private outbox: OutboxEntry[];
  private messages: LoggedMessage[] = [];
  private consultation: TConsultation | null = null;
  private refused = new Map<string, string>();
  private link: LinkState = 'connecting';
  private fatal: string | null = null;
  private snapshot: ChatSnapshot;
  private readonly listeners = new Set<() => void>();
  private socket: ChatSocket | null = null;
  private readonly inFlight = new Set<string>();
  private ready = false;
  private resumingSocket: ChatSocket | null = null;
  private socketUnusable = false;
  private syncing: Promise<void> | null = null;
  private lastMarkedRead = 0;
  private ticks = 0;
  private changes = 0;
  private otherTyping = false;
  private otherTypingTimer: ReturnType<typeof setTimeout> | null = null;
  private typingSentAt = 0;
  private typingIdleTimer: ReturnType<typeof setTimeout> | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  /** Files already uploaded, by upload id; an upload is idempotent, this only saves bytes. */
  private readonly uploaded = new Map<string, TMessageAttachment>();

  constructor(private readonly options: ChatOptions) {
    this.key = outboxKey(options.userId, options.consultationId);
    this.outbox = loadOutbox(options.storage, this.key);
    this.snapshot = this.buildSnapshot();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  getSnapshot = () => this.snapshot;

  start() {
    window.addEventListener('online', this.wentOnline);
    window.addEventListener('offline', this.wentOffline);
    document.addEventListener('visibilitychange', this.markRead);
    this.timer = setInterval(this.tick, tickMs);
    const socket = openChatSocket();
    this.socket = socket;
    socket.on('connect', () => void this.resume(socket));
    socket.on('disconnect', () => this.lostConnection());
    socket.on('connect_error', (error) => this.socketRefused(error));
    socket.on('message:new', (message) => {
      if (message.consultationId === this.options.consultationId) this.received([message]);
    });
    socket.on('receipt:update', (receipt) => this.receiptArrived(receipt));
    socket.on('typing:update', (update) => {
      if (update.consultationId === this.options.consultationId) this.setOtherTyping(update.typing);
    });
    // Taken, transferred, joined by a supervisor or closed: re-read it (authorized, audited).
    socket.on('consultation:changed', ({ consultationId }) => {
      if (consultationId !== this.options.consultationId) return;
      this.changes++;
      void this.refreshConsultation();
    });
    if (navigator.onLine) socket.connect();
    else this.setLink('offline');
  }

  stop() {
    window.removeEventListener('online', this.wentOnline);
    window.removeEventListener('offline', this.wentOffline);
    document.removeEventListener('visibilitychange', this.markRead);
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.stoppedTyping();
    if (this.otherTypingTimer) clearTimeout(this.otherTypingTimer);
    this.socket?.removeAllListeners();
    this.socket?.close();
    this.socket = null;
    this.ready = false;
    this.inFlight.clear();
  }

  /**
   * Puts a message in the outbox (so it survives a reload) and sends it when possible.
   * Its files are stored on the device first, so that a message never waits for a file
   * that is not there.
   */
  async send(body: string, files: readonly File[] = []) {
    const stored: OutboxFile[] = [];
    for (const file of files) {
      const clientUploadId = crypto.randomUUID();
      await storeFile(this.options.userId, clientUploadId, file);
      stored.push({ clientUploadId, mimeType: file.type, size: file.size });
    }
    this.stoppedTyping();
    const entry = newOutboxEntry(body, new Date(), crypto.randomUUID(), stored);
    this.updateOutbox((outbox) => addToOutbox(outbox, entry));
    if (this.ready) this.pump();
    else if (this.socketUnusable) void this.viaHttp();
  }

  /** A newer state of the consultation from elsewhere (e.g. the answer to closing it). */
  adopt(consultation: TConsultation) {
    if (consultation.id === this.options.consultationId) this.setConsultation(consultation);
  }

  /** Called as the box changes: tells the other side someone is writing, never what. */
  typing = () => {
    const socket = this.ready ? this.socket : null;
    if (!socket) return;
    const now = Date.now();
    if (now - this.typingSentAt >= typingRepeatMs) {
      this.typingSentAt = now;
      socket.emit('typing:set', { consultationId: this.options.consultationId, typing: true });
    }
    if (this.typingIdleTimer) clearTimeout(this.typingIdleTimer);
    this.typingIdleTimer = setTimeout(this.stoppedTyping, typingIdleMs);
  };

  private readonly stoppedTyping = () => {
    if (this.typingIdleTimer) clearTimeout(this.typingIdleTimer);
    this.typingIdleTimer = null;
    if (this.typingSentAt === 0) return;
    this.typingSentAt = 0;
    if (this.ready) {
      this.socket?.emit('typing:set', {
        consultationId: this.options.consultationId,
        typing: false,
      });
    }
  };

  private setOtherTyping(typing: boolean) {
    if (this.otherTypingTimer) clearTimeout(this.otherTypingTimer);
    this.otherTypingTimer = typing
      ? setTimeout(() => this.setOtherTyping(false), typingShownMs)
      : null;
    if (this.otherTyping === typing) return;
    this.otherTyping = typing;
    this.publish();
  }

  /** The person decides to drop a message the server refused. */
  discard(clientMsgId: string) {
    this.refused.delete(clientMsgId);
    const entry = this.outbox.find((e) => e.clientMsgId === clientMsgId);
    this.updateOutbox((outbox) => removeFromOutbox(outbox, [clientMsgId]));
    if (entry) this.forgetFilesOf([entry]);
  }

  /** The local file of a waiting message, for its preview. */
  waitingFile(clientUploadId: string): Promise<Blob | null> {
    return loadFile(this.options.userId, clientUploadId);
  }

  /** Records that everything shown has been read, while the chat is on screen. */
  markRead = () => {
    if (document.visibilityState !== 'visible' || !this.consultation) return;
    const seq = contiguousSeq(this.messages);
    const socket = this.ready ? this.socket : null;
    if (seq <= this.lastMarkedRead || (!socket && !this.socketUnusable)) return;
    this.lastMarkedRead = seq;
    const request = { deliveredSeq: seq, readSeq: seq };
    const marked = socket
      ? socket.timeout(ackTimeoutMs).emitWithAck('receipt:mark', {
          consultationId: this.options.consultationId,
          ...request,
        })
      : call('markRead', { params: { id: this.options.consultationId }, body: request });
    marked.then(
      (receipt) => {
        if ('error' in receipt) this.lastMarkedRead = 0;
        else this.receiptArrived(receipt);
      },
      () => {
        this.lastMarkedRead = 0;
      },
    );
  };

  private readonly wentOnline = () => {
    this.setLink('connecting');
    this.socket?.connect();
    if (this.socketUnusable) void this.viaHttp();
  };

  private readonly wentOffline = () => {
    // Without a network the socket cannot deliver; messages wait in the outbox meanwhile.
    this.socket?.disconnect();
    this.lostConnection();
    this.setLink('offline');
  };

  private readonly tick = () => {
    this.ticks++;
    if (!navigator.onLine) return;
    const socket = this.socket;
    if (this.ready) this.pump();
    else if (socket?.connected) void this.resume(socket);
    else if (this.socketUnusable) void this.viaHttp();
    // Changes are announced live; in case a notice was missed while reconnecting, the
    // person's side also asks now and then (staff reads would be audit noise).
    const open = this.consultation && this.consultation.status !== 'closed';
    if (open && this.consultation?.viewerIs === 'person' && this.ticks % statusPollTicks === 0) {
      void this.refreshConsultation();
    }
  };

  private lostConnection() {
    this.ready = false;
    this.inFlight.clear();
    this.setLink(navigator.onLine ? 'connecting' : 'offline');
  }

  private socketRefused(error: unknown) {
    const code = handshakeRefusal(error);
    if (code === 'UNAUTHENTICATED') {
      this.fatal = code;
      this.publish();
      return;
    }
    // The socket is blocked (proxy, policy) or refused: carry on over plain HTTP.
    this.socketUnusable = true;
    void this.viaHttp();
  }

  private async resume(socket: ChatSocket) {
    if (this.resumingSocket === socket) return;
    this.resumingSocket = socket;
    try {
      const joined = await socket
        .timeout(ackTimeoutMs)
        .emitWithAck('consultation:join', { consultationId: this.options.consultationId });
      if ('error' in joined) {
        if (isFatal(joined.error.code)) {
          this.fatal = joined.error.code;
          this.publish();
        } else {
          this.socketUnusable = true;
          void this.viaHttp();
        }
        return;
      }
      // A chat stopped or reconnected meanwhile has a newer socket: leave it to that one.
      if (this.socket !== socket) return;
      this.socketUnusable = false;
      this.setConsultation(joined);
      await this.catchUp();
      if (this.socket !== socket || !socket.connected) return;
      this.ready = true;
      this.setLink('online');
      this.pump();
      this.markRead();
    } catch {
      // The connection dropped or timed out mid-way; the next `connect` or tick resumes.
    } finally {
      if (this.resumingSocket === socket) this.resumingSocket = null;
    }
  }

  /** Everything after the last contiguous seq, page by page; one catch-up at a time. */
  private catchUp(): Promise<void> {
    this.syncing ??= this.fetchMissing().finally(() => {
      this.syncing = null;
    });
    return this.syncing;
  }

  private async fetchMissing() {
    for (;;) {
      const from = contiguousSeq(this.messages);
      const page = await this.fetchPage(from);
      this.received(page.items, false);
      if (!page.hasMore || contiguousSeq(this.messages) === from) return;
    }
  }

  private async fetchPage(afterSeq: number): Promise<Page> {
    const consultationId = this.options.consultationId;
    const socket = this.socket;
    if (socket?.connected && !this.socketUnusable) {
      const page = await socket
        .timeout(ackTimeoutMs)
        .emitWithAck('consultation:sync', { consultationId, afterSeq, limit: pageSize });
      if ('error' in page) throw new Error(page.error.code);
      return page;
    }
    return call('listMessages', {
      params: { id: consultationId },
      query: { afterSeq, limit: pageSize },
    });
  }

  private received(incoming: readonly TMessage[], followGaps = true) {
    if (incoming.length === 0) return;
    const logged = incoming.map(fromServer);
    // Their message is here: they are no longer writing it.
    if (this.otherTyping && logged.some((m) => !m.mine)) {
      if (this.otherTypingTimer) clearTimeout(this.otherTypingTimer);
      this.otherTyping = false;
    }
    this.messages = mergeMessages(this.messages, logged);
    const echoed = logged.filter((m) => m.mine).map((m) => m.clientMsgId);
    if (echoed.length > 0) {
      this.forgetFilesOf(this.outbox.filter((e) => echoed.includes(e.clientMsgId)));
      this.updateOutbox((outbox) => removeFromOutbox(outbox, echoed), false);
    }
    // A reply from the care team means someone took the consultation.
    if (
      this.consultation?.status === 'queued' &&
      logged.some((m) => m.senderRole === 'coordinator' || m.senderRole === 'supervisor')
    ) {
      this.consultation = { ...this.consultation, status: 'active', coordinatorAssigned: true };
    }
    this.publish();
    if (followGaps && this.ready && hasGap(this.messages)) void this.catchUp().catch(() => {});
    this.markRead();
  }

  private receiptArrived(receipt: TReceipt) {
    if (receipt.consultationId !== this.options.consultationId || !this.consultation) return;
    this.consultation = {
      ...this.consultation,
      receipts: applyReceipt(this.consultation.receipts, receipt),
    };
    this.publish();
  }

  /** Sends what is waiting over the socket, one attempt per message at a time. */
  private pump() {
    const socket = this.socket;
    if (!this.ready || !socket?.connected || !navigator.onLine) return;
    for (const entry of this.sendable()) {
      this.inFlight.add(entry.clientMsgId);
      this.uploadFiles(entry)
        .then(async (attachments) => {
          const ack = await socket.timeout(ackTimeoutMs).emitWithAck('message:send', {
            consultationId: this.options.consultationId,
            clientMsgId: entry.clientMsgId,
            body: entry.body,
            attachmentIds: attachments.map((a) => a.id),
          });
          if ('error' in ack) this.refusedSend(entry, ack.error.code);
          else this.acknowledged(entry, ack, attachments);
        })
        .catch((error: unknown) => {
          // A file the server refuses for good is the message's refusal; anything else
          // (no acknowledgement in time, offline) leaves it in the outbox to go again.
          if (error instanceof ApiError) this.refusedSend(entry, error.code);
        })
        .finally(() => this.inFlight.delete(entry.clientMsgId));
    }
  }

  /**
   * Uploads the files of a waiting message (over HTTP, idempotent by upload id) and
   * returns what the message will reference. A file gone from the device cannot be sent.
   */
  private async uploadFiles(entry: OutboxEntry): Promise<TMessageAttachment[]> {
    const attachments: TMessageAttachment[] = [];
    for (const file of entry.files ?? []) {
      let attachment = this.uploaded.get(file.clientUploadId);
      if (!attachment) {
        const blob = await loadFile(this.options.userId, file.clientUploadId);
        if (!blob)
          throw new ApiError('ATTACHMENT_NOT_AVAILABLE', 409, 'file missing on this device');
        attachment = await call('uploadAttachment', {
          params: { id: this.options.consultationId },
          body: {
            clientUploadId: file.clientUploadId,
            mimeType: file.mimeType,
            data: await toBase64(blob),
          },
        });
        this.uploaded.set(file.clientUploadId, attachment);
      }
      attachments.push(attachment);
    }
    return attachments;
  }

  private forgetFilesOf(entries: readonly OutboxEntry[]) {
    const ids = entries.flatMap((e) => (e.files ?? []).map((f) => f.clientUploadId));
    forgetFiles(this.options.userId, ids).catch(() => {
      // Left behind, the file is removed with the person's other files at sign-out.
    });
  }

  /** The HTTP fallback: load, catch up and send without a socket. */
  private async viaHttp() {
    if (!navigator.onLine || this.ready) return;
    try {
      if (!this.consultation) await this.refreshConsultation();
      await this.catchUp();
      for (const entry of this.sendable()) {
        this.inFlight.add(entry.clientMsgId);
        try {
          const attachments = await this.uploadFiles(entry);
          const ack = await call('sendMessage', {
            params: { id: this.options.consultationId },
            body: {
              clientMsgId: entry.clientMsgId,
              body: entry.body,
              attachmentIds: attachments.map((a) => a.id),
            },
          });
          this.acknowledged(entry, ack, attachments);
        } catch (error) {
          if (error instanceof OfflineError) throw error;
          if (error instanceof ApiError) this.refusedSend(entry, error.code);
        } finally {
          this.inFlight.delete(entry.clientMsgId);
        }
      }
      // Polling over HTTP (every tick) stands in for live delivery.
      this.setLink('online');
      this.markRead();
    } catch (error) {
      if (error instanceof ApiError && isFatal(error.code)) {
        this.fatal = error.code;
        this.publish();
      }
    }
  }

  private sendable(): OutboxEntry[] {
    return stillPending(this.outbox, this.messages).filter(
      (e) => !this.inFlight.has(e.clientMsgId) && !this.refused.has(e.clientMsgId),
    );
  }

  private acknowledged(
    entry: OutboxEntry,
    ack: TMessageAck,
    attachments: readonly TMessageAttachment[] = [],
  ) {
    this.messages = mergeMessages(this.messages, [
      fromAck(ack, entry, this.options.senderRole, attachments),
    ]);
    this.forgetFilesOf([entry]);
    this.updateOutbox((outbox) => removeFromOutbox(outbox, [entry.clientMsgId]), false);
    this.publish();
    if (hasGap(this.messages)) void this.catchUp().catch(() => {});
  }

  private refusedSend(entry: OutboxEntry, code: string) {
    if (isTransientRefusal(code)) return;
    this.refused.set(entry.clientMsgId, code);
    this.publish();
    if (code === 'CONSULTATION_CLOSED') void this.refreshConsultation();
  }

  private async refreshConsultation() {
    try {
      this.setConsultation(
        await call('getConsultation', { params: { id: this.options.consultationId } }),
      );
    } catch (error) {
      if (error instanceof ApiError && isFatal(error.code)) {
        this.fatal = error.code;
        this.publish();
      }
    }
  }

  private setConsultation(consultation: TConsultation) {
    // A reply that left the server before a live receipt update must not move 既読 back.
    const receipts = consultation.receipts.reduce(applyReceipt, this.consultation?.receipts ?? []);
    this.consultation = { ...consultation, receipts };
    this.publish();
  }

  /**
   * Applies a change to the stored outbox as it is now, not to our copy: another tab of
   * the same chat may have added or sent messages meanwhile, and must not be overwritten.
   */
  private updateOutbox(change: (outbox: OutboxEntry[]) => OutboxEntry[], notify = true) {
    const { storage } = this.options;
    const stored = loadOutbox(storage, this.key);
    const current = stored.length > 0 ? stored : this.outbox;
    this.outbox = change(current);
    try {
      saveOutbox(storage, this.key, this.outbox);
    } catch {
      // Storage full or blocked: the message is still held in memory and sent.
    }
    if (notify) this.publish();
  }

  private setLink(link: LinkState) {
    if (this.link === link) return;
    this.link = link;
    this.publish();
  }

  private buildSnapshot(): ChatSnapshot {
    return {
      consultation: this.consultation,
      messages: this.messages,
      pending: stillPending(this.outbox, this.messages),
      refused: new Map(this.refused),
      link: this.link,
      fatal: this.fatal,
      changes: this.changes,
      otherTyping: this.otherTyping,
    };
  }

  private publish() {
    this.snapshot = this.buildSnapshot();
    for (const listener of this.listeners) listener();
  }
}

/** Refusals after which the chat cannot be shown; anything else is retried. */
function isFatal(code: string): boolean {
  return code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'VALIDATION_FAILED';
}
