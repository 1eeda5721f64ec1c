import {
  ChatRefusal,
  ChatSession,
  ChatSync,
  newOutboxEntry,
  type ChatTransport,
  type LoggedMessage,
  type MessageSenderRole,
  type OutboxEntry,
  type OutboxFile,
  type TConsultation,
  type TReceipt,
} from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { ApiError } from '../../api/errors.ts';
import { forgetFiles, loadFile, storeFile } from './attachment-store.ts';
import { attachmentUploader } from './attachment-upload.ts';
import { applyReceipt } from './delivery-state.ts';
import { httpTransport } from './http-transport.ts';
import { storedOutbox } from './outbox.ts';
import { outboxKey, type KeyValueStorage } from './outbox-keys.ts';
import {
  handshakeRefusal,
  openChatSocket,
  socketTransport,
  type ChatSocket,
} from './socket-transport.ts';
import { TypingIndicator } from './typing-indicator.ts';

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

const tickMs = 5_000;
/** A fallback only: status changes are announced live (`consultation:changed`). */
const statusPollTicks = 12;

/**
 * One open chat in the browser: the sync core (`ChatSession` over `ChatSync`, from
 * shared) with the outbox in Web Storage and its files in IndexedDB, the socket as its
 * transport and plain HTTP where the socket cannot be used, the network and visibility
 * of the page, and what the screen shows (a snapshot for React).
 */
export class ChatConnection {
  private readonly sync: ChatSync;
  private readonly session: ChatSession;
  private readonly typist: TypingIndicator;
  private readonly http: ChatTransport;
  private socket: { socket: ChatSocket; transport: ChatTransport } | null = null;
  private socketUnusable = false;
  private consultation: TConsultation | null = null;
  private link: LinkState = 'connecting';
  private fatal: string | null = null;
  private changes = 0;
  private ticks = 0;
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly listeners = new Set<() => void>();
  private snapshot: ChatSnapshot;

  private readonly options: ChatOptions;

  constructor(options: ChatOptions) {
    this.options = options;
    const { consultationId, userId } = options;
    const store = storedOutbox(options.storage, outboxKey(userId, consultationId), (gone) => {
      const ids = gone.flatMap((e) => (e.files ?? []).map((f) => f.clientUploadId));
      forgetFiles(userId, ids).catch(() => {
        // Left behind, the file is removed with the person's other files at sign-out.
      });
    });
    this.sync = new ChatSync(store, options.senderRole);
    this.session = new ChatSession({
      sync: this.sync,
      attachments: attachmentUploader(userId, consultationId),
      onChange: this.publish,
      onJoined: (consultation) => this.setConsultation(consultation),
      onMessages: (messages) => this.arrived(messages),
      onReceipt: (receipt) => this.receiptArrived(receipt),
      onRefused: (code) => {
        if (code === 'CONSULTATION_CLOSED') void this.refreshConsultation();
      },
    });
    this.http = httpTransport(consultationId);
    this.typist = new TypingIndicator(
      {
        open: () => this.liveSocket() !== null,
        emit: (typing) => this.liveSocket()?.emit('typing:set', { consultationId, typing }),
      },
      this.publish,
    );
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
    const { consultationId } = this.options;
    const socket = openChatSocket();
    const transport = socketTransport(socket, consultationId);
    this.socket = { socket, transport };
    socket.on('connect', () => void this.resumeSocket(transport));
    socket.on('disconnect', () => this.lostConnection());
    socket.on('connect_error', (error) => this.socketRefused(error));
    socket.on('message:new', (message) => {
      if (message.consultationId === consultationId) this.session.received([message]);
    });
    socket.on('receipt:update', (receipt) => this.receiptArrived(receipt));
    socket.on('typing:update', (update) => {
      if (update.consultationId === consultationId) this.typist.otherSaid(update.typing);
    });
    // Taken, transferred, joined by a supervisor or closed: re-read it (authorized, audited).
    socket.on('consultation:changed', (notice) => {
      if (notice.consultationId !== consultationId) return;
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
    this.typist.stop();
    if (this.socket) {
      this.socket.socket.removeAllListeners();
      this.socket.socket.close();
      this.session.linkLost(this.socket.transport);
    }
    this.socket = null;
    this.session.linkLost(this.http);
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
    this.typist.stopped();
    this.sync.add(newOutboxEntry(body, new Date(), crypto.randomUUID(), stored));
    this.publish();
    if (this.session.joinedOver) this.session.pump();
    else if (this.socketUnusable) void this.viaHttp();
  }

  /** A newer state of the consultation from elsewhere (e.g. the answer to closing it). */
  adopt(consultation: TConsultation) {
    if (consultation.id === this.options.consultationId) this.setConsultation(consultation);
  }

  /** Called as the box changes: tells the other side someone is writing, never what. */
  typing = () => this.typist.typing();

  /** The person decides to drop a message the server refused. */
  discard(clientMsgId: string) {
    this.sync.discard(clientMsgId);
    this.publish();
  }

  /** The local file of a waiting message, for its preview. */
  waitingFile(clientUploadId: string): Promise<Blob | null> {
    return loadFile(this.options.userId, clientUploadId);
  }

  /** Records that everything shown has been read, while the chat is on screen. */
  markRead = () => {
    if (document.visibilityState !== 'visible' || !this.consultation) return;
    this.session.markRead();
  };

  /** The socket, when the chat is joined over it (typing goes there and nowhere else). */
  private liveSocket(): ChatSocket | null {
    const socket = this.socket;
    return socket && this.session.joinedOver === socket.transport ? socket.socket : null;
  }

  private readonly wentOnline = () => {
    this.setLink('connecting');
    this.socket?.socket.connect();
    if (this.socketUnusable) void this.viaHttp();
  };

  private readonly wentOffline = () => {
    // Without a network the socket cannot deliver; messages wait in the outbox meanwhile.
    this.socket?.socket.disconnect();
    this.lostConnection();
    this.setLink('offline');
  };

  private readonly tick = () => {
    this.ticks++;
    if (!navigator.onLine) return;
    const socket = this.socket;
    if (this.liveSocket()) this.session.pump();
    else if (socket?.socket.connected) void this.resumeSocket(socket.transport);
    else if (this.socketUnusable) void this.viaHttp();
    // Changes are announced live; in case a notice was missed while reconnecting, the
    // person's side also asks now and then (staff reads would be audit noise).
    const open = this.consultation && this.consultation.status !== 'closed';
    if (open && this.consultation?.viewerIs === 'person' && this.ticks % statusPollTicks === 0) {
      void this.refreshConsultation();
    }
  };

  private lostConnection() {
    if (this.socket) this.session.linkLost(this.socket.transport);
    this.setLink(navigator.onLine ? 'connecting' : 'offline');
  }

  private socketRefused(error: unknown) {
    const code = handshakeRefusal(error);
    if (code === 'UNAUTHENTICATED') {
      this.fail(code);
      return;
    }
    // The socket is blocked (proxy, policy) or refused: carry on over plain HTTP.
    this.socketUnusable = true;
    void this.viaHttp();
  }

  private async resumeSocket(transport: ChatTransport) {
    try {
      if (!(await this.session.resume(transport))) return;
      this.socketUnusable = false;
      this.setLink('online');
      this.markRead();
    } catch (error) {
      // Anything but a refusal: the connection dropped or timed out mid-way, and the next
      // `connect` or tick resumes.
      if (!(error instanceof ChatRefusal)) return;
      if (isFatal(error.code)) {
        this.fail(error.code);
        return;
      }
      this.socketUnusable = true;
      void this.viaHttp();
    }
  }

  /** The HTTP fallback: joined once, then caught up and sent on every tick. */
  private async viaHttp() {
    if (!navigator.onLine || this.liveSocket()) return;
    try {
      if (this.session.joinedOver === this.http) await this.session.refresh();
      else if (!(await this.session.resume(this.http))) return;
      // Polling over HTTP (every tick) stands in for live delivery.
      this.setLink('online');
      this.markRead();
    } catch (error) {
      if (error instanceof ChatRefusal && isFatal(error.code)) this.fail(error.code);
    }
  }

  private arrived(messages: readonly LoggedMessage[]) {
    if (messages.some((m) => !m.mine)) this.typist.otherSent();
    // A reply from the care team means someone took the consultation.
    if (
      this.consultation?.status === 'queued' &&
      messages.some((m) => m.senderRole === 'coordinator' || m.senderRole === 'supervisor')
    ) {
      this.consultation = { ...this.consultation, status: 'active', coordinatorAssigned: true };
    }
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

  private async refreshConsultation() {
    try {
      this.setConsultation(
        await call('getConsultation', { params: { id: this.options.consultationId } }),
      );
    } catch (error) {
      if (error instanceof ApiError && isFatal(error.code)) this.fail(error.code);
    }
  }

  private setConsultation(consultation: TConsultation) {
    // A reply that left the server before a live receipt update must not move 既読 back.
    const receipts = consultation.receipts.reduce(applyReceipt, this.consultation?.receipts ?? []);
    this.consultation = { ...consultation, receipts };
    this.publish();
  }

  private fail(code: string) {
    this.fatal = code;
    this.publish();
  }

  private setLink(link: LinkState) {
    if (this.link === link) return;
    this.link = link;
    this.publish();
  }

  private buildSnapshot(): ChatSnapshot {
    return {
      consultation: this.consultation,
      messages: this.sync.messages,
      pending: this.sync.pending,
      refused: new Map(this.sync.refusals),
      link: this.link,
      fatal: this.fatal,
      changes: this.changes,
      otherTyping: this.typist.otherTyping,
    };
  }

  private readonly publish = () => {
    this.snapshot = this.buildSnapshot();
    for (const listener of this.listeners) listener();
  };
}

/** Refusals after which the chat cannot be shown; anything else is retried. */
function isFatal(code: string): boolean {
  return code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'VALIDATION_FAILED';
}
